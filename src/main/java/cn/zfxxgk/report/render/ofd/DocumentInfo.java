package cn.zfxxgk.report.render.ofd;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.HexFormat;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * The OFD's document information, taken from the PDF it is made from, so the two always agree: title, author (the
 * agency), subject and creator as the PDF states them, the PDF's creation date as a date in Beijing time (where the
 * engine dates every report), and the PDF's id (a digest of its content) as the document id.
 *
 * @param id 32 hexadecimal digits, as GB/T 33190 asks of {@code DocID}
 */
record DocumentInfo(String id, String title, String author, String subject, String creator, LocalDate date) {

    /** Beijing time, which has no daylight saving. */
    private static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);

    /** The information of {@code document}, whose bytes are {@code pdf}. */
    static DocumentInfo of(PDDocument document, byte[] pdf) {
        PDDocumentInformation info = document.getDocumentInformation();
        Calendar created = info.getCreationDate();
        LocalDate date =
                created == null ? null : created.toInstant().atOffset(BEIJING).toLocalDate();
        return new DocumentInfo(
                id(document, pdf), info.getTitle(), info.getAuthor(), info.getSubject(), info.getProducer(), date);
    }

    /** The first half of the PDF's id in hexadecimal when it has 16 bytes (PDFBox's MD5), else an MD5 of the PDF. */
    private static String id(PDDocument document, byte[] pdf) {
        if (document.getDocument().getTrailer().getDictionaryObject(COSName.ID) instanceof COSArray ids
                && ids.size() > 0
                && ids.getObject(0) instanceof COSString first
                && first.getBytes().length == 16) {
            return HexFormat.of().formatHex(first.getBytes());
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(pdf));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has MD5", e);
        }
    }
}
