package cn.zfxxgk.report.template;

import freemarker.core.Environment;
import freemarker.core._CoreAPI;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Evaluates a template on a thread of its own within its {@link TemplateLimits}. Loops stop when the time is up
 * (FreeMarker checks for an interrupted thread in every loop once {@code _CoreAPI.addThreadInterruptedChecks} has been
 * applied to the template: its only switch for this, public though named as internal); output stops at the size limit;
 * a macro that calls itself without end ends in the thread's own stack, not the run's. What cannot be interrupted (a
 * built-in over a huge range) is abandoned when its time is up: the thread is a daemon and the run goes on.
 */
final class Evaluation {

    /** Why an evaluation was stopped. */
    enum Reason {
        TIME,
        OUTPUT,
        RECURSION,
        MEMORY
    }

    /** An evaluation stopped by its limits; where it was (template, line, column) when that is known. */
    static final class Stopped extends Exception {
        private static final long serialVersionUID = 1L;

        private final Reason reason;
        private final transient Place place;

        Stopped(Reason reason, Place place) {
            super(reason.name());
            this.reason = reason;
            this.place = place;
        }

        Reason reason() {
            return reason;
        }

        /** Where the template was, or {@code null}. */
        Place place() {
            return place;
        }
    }

    /** A place in a template, as FreeMarker's instruction stack names it. */
    record Place(String template, int line, int column) {}

    /** Stack for the evaluating thread: deep enough for any sensible template, small enough to overflow quickly. */
    private static final long STACK_BYTES = 8L * 1024 * 1024;
    /** How long an interrupted evaluation gets to stop before it is abandoned. */
    private static final long GRACE_MILLIS = 2000;

    private static final Pattern LOOP = Pattern.compile("(?:at|through): #(?:list|items|foreach)\\b");
    private static final Pattern PLACE = Pattern.compile("\\[in template \"([^\"]*)\" at line (\\d+), column (\\d+)]");

    private static final Set<Template> CHECKED =
            Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

    private Evaluation() {}

    /**
     * What {@code template} writes for {@code model}.
     *
     * @throws TemplateException what FreeMarker reports (a missing name, a wrong type …)
     * @throws Stopped when a limit stopped it
     */
    static String run(Template template, Map<String, Object> model, TemplateLimits limits)
            throws TemplateException, IOException, Stopped {
        if (CHECKED.add(template)) {
            _CoreAPI.addThreadInterruptedChecks(template);
        }
        LimitedWriter out = new LimitedWriter(limits.outputChars());
        Environment environment = template.createProcessingEnvironment(model, out);
        Throwable[] failure = new Throwable[1];
        Thread thread = new Thread(
                null,
                () -> {
                    try {
                        environment.process();
                    } catch (Throwable e) { // handed back to the caller below, whatever it is
                        failure[0] = e;
                    }
                },
                "gen-template",
                STACK_BYTES);
        thread.setDaemon(true);
        thread.start();
        try {
            thread.join(limits.time().toMillis());
            if (thread.isAlive()) {
                Place place = loopPlace(environment);
                thread.interrupt();
                thread.join(GRACE_MILLIS); // then abandoned if it still runs: a daemon, it ends with the run
                throw new Stopped(Reason.TIME, place);
            }
        } catch (InterruptedException e) {
            thread.interrupt();
            Thread.currentThread().interrupt();
            throw new Stopped(Reason.TIME, null);
        }
        Throwable thrown = failure[0];
        if (thrown == null) {
            return out.toString();
        }
        if (thrown instanceof LimitedWriter.Full full) {
            throw new Stopped(Reason.OUTPUT, full.place);
        }
        if (thrown instanceof StackOverflowError) {
            throw new Stopped(Reason.RECURSION, null);
        }
        if (thrown instanceof OutOfMemoryError) {
            throw new Stopped(Reason.MEMORY, null);
        }
        if (thrown instanceof TemplateException e) {
            if (e.getCause() instanceof LimitedWriter.Full full) {
                throw new Stopped(Reason.OUTPUT, full.place);
            }
            throw e;
        }
        if (thrown instanceof IOException e) {
            throw e;
        }
        if (thrown instanceof RuntimeException e) {
            throw e;
        }
        if (thrown instanceof Error e) {
            throw e;
        }
        throw new IllegalStateException(thrown);
    }

    /** How often a running evaluation is looked at to find the loop it goes round. */
    private static final int SAMPLES = 40;

    /**
     * Where a template that does not end goes round: FreeMarker shows only the instruction running at the moment it is
     * asked (from another thread: best effort), which in a loop changes from one moment to the next, so it is asked a
     * few times over some milliseconds; a loop seen among the answers is the place, else the place seen most often.
     */
    private static Place loopPlace(Environment environment) {
        Map<Place, Integer> seen = new java.util.LinkedHashMap<>();
        for (int i = 0; i < SAMPLES; i++) {
            String stack = stack(environment);
            Matcher m = PLACE.matcher(stack);
            if (m.find()) {
                Place place = new Place(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                if (LOOP.matcher(stack).find()) {
                    return place;
                }
                seen.merge(place, 1, Integer::sum);
            }
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return seen.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(null);
    }

    /** Where {@code environment} is now: the place of the instruction it runs (on its own thread: exact). */
    private static Place place(Environment environment) {
        Matcher m = PLACE.matcher(stack(environment));
        return m.find() ? new Place(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))) : null;
    }

    private static String stack(Environment environment) {
        try {
            StringWriter stack = new StringWriter();
            environment.outputInstructionStack(new PrintWriter(stack));
            return stack.toString();
        } catch (RuntimeException e) {
            return ""; // the stack changed while it was read
        }
    }

    /** The output of one evaluation, refusing to grow past its limit. */
    private static final class LimitedWriter extends Writer {

        /** The limit was reached. */
        static final class Full extends IOException {
            private static final long serialVersionUID = 1L;
            final transient Place place;

            Full(Place place) {
                super("the template's output reached its limit");
                this.place = place;
            }
        }

        private final StringBuilder text = new StringBuilder(64 * 1024);
        private final long limit;

        LimitedWriter(long limit) {
            this.limit = limit;
        }

        @Override
        public void write(char[] buffer, int offset, int length) throws IOException {
            if (text.length() + (long) length > limit) {
                Environment environment = Environment.getCurrentEnvironment();
                throw new Full(environment == null ? null : place(environment));
            }
            text.append(buffer, offset, length);
        }

        @Override
        public void write(String string, int offset, int length) throws IOException {
            if (text.length() + (long) length > limit) {
                Environment environment = Environment.getCurrentEnvironment();
                throw new Full(environment == null ? null : place(environment));
            }
            text.append(string, offset, offset + length);
        }

        @Override
        public void flush() {
            // in memory
        }

        @Override
        public void close() {
            // in memory
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
