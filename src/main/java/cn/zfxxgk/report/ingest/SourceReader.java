package cn.zfxxgk.report.ingest;

import cn.zfxxgk.report.problem.Message;

/** Turns the bytes of one kind of published file into a {@link SourceDocument}. */
public interface SourceReader {

    /** The file cannot be read as this kind at all; the message says why and what was expected. */
    final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        private final transient Message text;

        public Unreadable(Message text) {
            super(text.en());
            this.text = text;
        }

        /** Why, in both languages. */
        public Message text() {
            return text;
        }
    }

    /** The document in {@code bytes}; problems that do not stop the reading go to {@code findings}. */
    SourceDocument read(byte[] bytes, Findings findings) throws Unreadable;
}
