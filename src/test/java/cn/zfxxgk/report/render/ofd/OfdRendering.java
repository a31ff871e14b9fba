package cn.zfxxgk.report.render.ofd;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import org.apache.pdfbox.pdmodel.graphics.blend.BlendMode;
import org.ofdrw.reader.OFDReader;

/**
 * Renders OFD pages with ofdrw's own renderer ({@code org.ofdrw.converter.ImageMaker}), which was built against
 * PDFBox 2 and iText 7. It draws an OFD with neither (paths, images and glyphs are its own code on FontBox), but it
 * names some of their classes: PDFBox 2's {@code SeparableBlendMode} (PDFBox 3 folded it into {@link BlendMode}; only
 * seals use it), iText's colour and font types (for its OFD → PDF export), and at start it loads a default font for
 * that export through its own {@code ItextFontUtil}. So the renderer's classes are loaded by a class loader of their
 * own, which gives them empty stand-ins for those classes and an {@code ItextFontUtil.loadFont} that loads nothing;
 * iText (AGPL) is never on the class path.
 */
final class OfdRendering {

    private static final String RENDERER = "org.ofdrw.converter.";
    private static final String SEPARABLE_BLEND_MODE = "org.apache.pdfbox.pdmodel.graphics.blend.SeparableBlendMode";
    private static final String ITEXT = "com.itextpdf.";
    private static final String FONT_UTIL = "com.itextpdf.io.font.ItextFontUtil";
    private static final String LOAD_FONT = "loadFont([B)Lcom/itextpdf/io/font/TrueTypeFont;";
    private static final ClassLoader LOADER = new RendererLoader(OfdRendering.class.getClassLoader());

    private final Object maker;
    private final Method makePage;

    /** A renderer of {@code ofd}'s pages at {@code ppm} pixels per millimetre. */
    OfdRendering(OFDReader ofd, double ppm) throws ReflectiveOperationException {
        Class<?> type = LOADER.loadClass(RENDERER + "ImageMaker");
        Constructor<?> constructor = type.getConstructor(OFDReader.class, double.class);
        this.maker = constructor.newInstance(ofd, ppm);
        this.makePage = type.getMethod("makePage", int.class);
    }

    /** Page {@code index} (from 0). */
    BufferedImage page(int index) throws ReflectiveOperationException {
        try {
            return (BufferedImage) makePage.invoke(maker, index);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
    }

    /** Loads ofdrw's renderer itself, stand-ins for what it names but never uses, and the rest from its parent. */
    private static final class RendererLoader extends ClassLoader {

        RendererLoader(ClassLoader parent) {
            super("ofdrw-renderer", parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith(RENDERER) && !name.equals(SEPARABLE_BLEND_MODE) && !name.startsWith(ITEXT)) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded == null) {
                    byte[] bytes;
                    if (name.startsWith(RENDERER)) {
                        bytes = classFile(name);
                    } else if (name.equals(SEPARABLE_BLEND_MODE)) {
                        bytes = standIn(name, BlendMode.class.getName(), false, null);
                    } else if (name.equals(FONT_UTIL)) {
                        bytes = standIn(name, Object.class.getName(), false, LOAD_FONT);
                    } else {
                        bytes = standIn(name, Object.class.getName(), true, null); // an interface: any value fits
                    }
                    loaded = defineClass(name, bytes, 0, bytes.length);
                }
                if (resolve) {
                    resolveClass(loaded);
                }
                return loaded;
            }
        }

        private byte[] classFile(String name) throws ClassNotFoundException {
            try (InputStream in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
                if (in == null) {
                    throw new ClassNotFoundException(name);
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /**
         * The class file of an empty class (or interface) {@code name} extending {@code superName}, with
         * {@code nullMethod} ({@code name(arguments)result}), if given, a public static method that returns null.
         */
        private static byte[] standIn(String name, String superName, boolean isInterface, String nullMethod) {
            try {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                DataOutputStream out = new DataOutputStream(bytes);
                out.writeInt(0xCAFEBABE);
                out.writeShort(0);
                out.writeShort(52); // a Java 8 class file
                // constant pool: the two names and their classes, then the method's name, descriptor and "Code"
                out.writeShort(nullMethod == null ? 5 : 8);
                out.writeByte(1);
                out.writeUTF(name.replace('.', '/'));
                out.writeByte(7);
                out.writeShort(1);
                out.writeByte(1);
                out.writeUTF(superName.replace('.', '/'));
                out.writeByte(7);
                out.writeShort(3);
                if (nullMethod != null) {
                    out.writeByte(1);
                    out.writeUTF(nullMethod.substring(0, nullMethod.indexOf('(')));
                    out.writeByte(1);
                    out.writeUTF(nullMethod.substring(nullMethod.indexOf('(')));
                    out.writeByte(1);
                    out.writeUTF("Code");
                }
                out.writeShort(isInterface ? 0x0601 : 0x0021); // public interface abstract / public super
                out.writeShort(2);
                out.writeShort(4);
                out.writeShort(0); // interfaces
                out.writeShort(0); // fields
                if (nullMethod == null) {
                    out.writeShort(0); // methods
                } else {
                    out.writeShort(1);
                    out.writeShort(0x0009); // public static
                    out.writeShort(5);
                    out.writeShort(6);
                    out.writeShort(1); // one attribute: its code
                    out.writeShort(7);
                    out.writeInt(14);
                    out.writeShort(1); // stack
                    out.writeShort(8); // locals, room for any arguments
                    out.writeInt(2);
                    out.writeByte(0x01); // aconst_null
                    out.writeByte(0xB0); // areturn
                    out.writeShort(0); // exception table
                    out.writeShort(0); // attributes
                }
                out.writeShort(0); // attributes
                return bytes.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
