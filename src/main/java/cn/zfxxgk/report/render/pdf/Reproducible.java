package cn.zfxxgk.report.render.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import javax.xml.transform.TransformerException;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.apache.xmpbox.xml.XmpParsingException;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * Makes a PDF reproducible: the creation and modification dates (document information and XMP, which PDF/A requires to
 * agree) become the report's date instead of the wall clock, and the document id is a digest of the content instead
 * of a random number. Done to the document before it is saved, so it is written once.
 */
final class Reproducible {

    private Reproducible() {}

    /** Dates {@code document} (made from {@code source}) {@code created} and gives it an id from both. */
    static void date(PDDocument document, String source, Instant created) throws IOException {
        Calendar date = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        date.setTimeInMillis(created.toEpochMilli());
        try {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setCreationDate(date);
            info.setModificationDate(date);
            PDMetadata metadata = document.getDocumentCatalog().getMetadata();
            if (metadata != null) {
                XMPMetadata xmp = new DomXmpParser().parse(metadata.toByteArray());
                XMPBasicSchema basic = xmp.getXMPBasicSchema();
                if (basic == null) {
                    basic = xmp.createAndAddXMPBasicSchema();
                }
                basic.setCreateDate(date);
                basic.setModifyDate(date);
                basic.setMetadataDate(date);
                ByteArrayOutputStream serialized = new ByteArrayOutputStream();
                new XmpSerializer().serialize(xmp, serialized, true);
                metadata.importXMPMetadata(serialized.toByteArray());
            }
            byte[] id = digest(source, created);
            COSArray ids = new COSArray();
            ids.add(new COSString(id));
            ids.add(new COSString(id));
            document.getDocument().getTrailer().setItem(COSName.ID, ids);
        } catch (XmpParsingException | TransformerException e) {
            throw new IOException("the PDF's XMP metadata cannot be read: " + e.getMessage(), e);
        }
    }

    /** A document id from what the PDF was made of (its markup) and its date. */
    private static byte[] digest(String source, Instant created) {
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5"); // the PDF specification's choice for ids
            md5.update(source.getBytes(StandardCharsets.UTF_8));
            md5.update(created.toString().getBytes(StandardCharsets.US_ASCII));
            return md5.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has MD5", e);
        }
    }
}
