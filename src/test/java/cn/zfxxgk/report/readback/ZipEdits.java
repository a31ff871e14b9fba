package cn.zfxxgk.report.readback;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Test helpers for files the tests change: an entry of a zip (a .docx) with some text replaced. */
public final class ZipEdits {

    private ZipEdits() {}

    /** {@code zip} with {@code from} replaced by {@code to} in entry {@code name} (which must contain it). */
    public static byte[] replaceInZip(byte[] zip, String name, String from, String to) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean replaced = false;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ZipOutputStream copy = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals(name)) {
                    String text = new String(content, StandardCharsets.UTF_8);
                    replaced = text.contains(from);
                    content = text.replace(from, to).getBytes(StandardCharsets.UTF_8);
                }
                copy.putNextEntry(new ZipEntry(entry.getName()));
                copy.write(content);
                copy.closeEntry();
            }
        }
        if (!replaced) {
            throw new IllegalArgumentException("'" + from + "' is not in " + name);
        }
        return out.toByteArray();
    }

    /** {@code zip} with entry {@code name} holding {@code content}: replaced where it was, else added at the end. */
    public static byte[] withEntry(byte[] zip, String name, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean replaced = false;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ZipOutputStream copy = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                if (entry.getName().equals(name)) {
                    bytes = content;
                    replaced = true;
                }
                copy.putNextEntry(new ZipEntry(entry.getName()));
                copy.write(bytes);
                copy.closeEntry();
            }
            if (!replaced) {
                copy.putNextEntry(new ZipEntry(name));
                copy.write(content);
                copy.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** The text of entry {@code name} of {@code zip}, or {@code null} when it has none. */
    public static String entry(byte[] zip, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        return null;
    }
}
