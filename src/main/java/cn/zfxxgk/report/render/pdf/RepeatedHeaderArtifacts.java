package cn.zfxxgk.report.render.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;

/**
 * Marks the header rows a table repeats on the pages it continues on as pagination artifacts, as PDF/UA asks of
 * content repeated by pagination. openhtmltopdf tags each repetition as more content of the same header cells, so a
 * screen reader — or text copied out of the structure — read {@code 自然人自然人}. The first appearance keeps its
 * tags; every later one becomes {@code /Artifact} in the page's content, and leaves the structure tree.
 */
final class RepeatedHeaderArtifacts {

    private static final COSName MCID = COSName.getPDFName("MCID");
    private static final COSName MCR = COSName.getPDFName("MCR");
    private static final COSName THEAD = COSName.getPDFName("THead");

    private RepeatedHeaderArtifacts() {}

    /** Turns the repeated header rows of every table of {@code document} into artifacts. */
    static void apply(PDDocument document) throws IOException {
        PDStructureTreeRoot root = document.getDocumentCatalog().getStructureTreeRoot();
        if (root == null) {
            return;
        }
        Map<COSDictionary, Set<Integer>> repeated = new HashMap<>();
        collect(root.getCOSObject().getDictionaryObject(COSName.K), repeated);
        if (repeated.isEmpty()) {
            return;
        }
        PDNumberTreeNode parentTree = root.getParentTree();
        for (PDPage page : document.getPages()) {
            Set<Integer> ids = repeated.get(page.getCOSObject());
            if (ids != null) {
                rewrite(document, page, ids);
                forget(parentTree, page, ids);
            }
        }
    }

    /** Finds every THead element under {@code kids} and takes the content of its repetitions out of it. */
    private static void collect(COSBase kids, Map<COSDictionary, Set<Integer>> repeated) {
        for (COSDictionary element : elements(kids)) {
            if (THEAD.equals(element.getCOSName(COSName.S))) {
                List<Content> contents = new ArrayList<>();
                contents(element, null, contents);
                if (!contents.isEmpty()) {
                    COSDictionary first = contents.get(0).page();
                    for (Content content : contents) {
                        if (content.page() != null && content.page() != first) {
                            repeated.computeIfAbsent(content.page(), p -> new HashSet<>())
                                    .add(content.mcid());
                            content.owner().remove(content.kid());
                        }
                    }
                }
            } else {
                collect(element.getDictionaryObject(COSName.K), repeated);
            }
        }
    }

    /** A marked-content sequence of a structure element: its page, its id, and the entry of its owner's K array. */
    private record Content(COSDictionary page, int mcid, COSArray owner, COSBase kid) {}

    private static void contents(COSDictionary element, COSDictionary inheritedPage, List<Content> found) {
        COSDictionary page =
                element.getCOSDictionary(COSName.PG) != null ? element.getCOSDictionary(COSName.PG) : inheritedPage;
        COSBase k = element.getDictionaryObject(COSName.K);
        COSArray kids;
        if (k instanceof COSArray array) {
            kids = array;
        } else if (k != null) {
            kids = new COSArray();
            kids.add(k);
            element.setItem(COSName.K, kids); // a single kid becomes an array, so that it can be taken out
        } else {
            return;
        }
        for (int i = 0; i < kids.size(); i++) {
            COSBase kid = kids.get(i);
            COSBase value = kid instanceof COSObject object ? object.getObject() : kid;
            if (value instanceof COSInteger mcid) {
                found.add(new Content(page, mcid.intValue(), kids, kid));
            } else if (value instanceof COSDictionary dictionary) {
                if (MCR.equals(dictionary.getCOSName(COSName.TYPE))) {
                    COSDictionary mcrPage = dictionary.getCOSDictionary(COSName.PG) != null
                            ? dictionary.getCOSDictionary(COSName.PG)
                            : page;
                    found.add(new Content(mcrPage, dictionary.getInt(MCID), kids, kid));
                } else if (dictionary.containsKey(COSName.S)) {
                    contents(dictionary, page, found);
                }
            }
        }
    }

    private static List<COSDictionary> elements(COSBase kids) {
        List<COSDictionary> elements = new ArrayList<>();
        COSBase value = kids instanceof COSObject object ? object.getObject() : kids;
        if (value instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                elements.addAll(elements(array.get(i)));
            }
        } else if (value instanceof COSDictionary dictionary && dictionary.containsKey(COSName.S)) {
            elements.add(dictionary);
        }
        return elements;
    }

    /** Rewrites {@code /Tag <<… /MCID n …>> BDC} of the given ids on {@code page} as {@code /Artifact BMC}. */
    private static void rewrite(PDDocument document, PDPage page, Set<Integer> ids) throws IOException {
        List<PDStream> streams = new ArrayList<>();
        page.getContentStreams().forEachRemaining(streams::add);
        COSArray rewritten = new COSArray();
        for (PDStream stream : streams) {
            PDFStreamParser parser = new PDFStreamParser(stream.toByteArray());
            List<Object> tokens = parser.parse();
            for (int i = 2; i < tokens.size(); i++) {
                if (tokens.get(i) instanceof Operator operator && "BDC".equals(operator.getName())) {
                    COSDictionary properties = properties(page, tokens.get(i - 1));
                    if (properties != null && ids.contains(properties.getInt(MCID, -1))) {
                        tokens.set(i - 2, COSName.ARTIFACT);
                        tokens.remove(i - 1);
                        tokens.set(i - 1, Operator.getOperator("BMC"));
                        i--;
                    }
                }
            }
            PDStream replacement = new PDStream(document);
            try (OutputStream out = replacement.createOutputStream(COSName.FLATE_DECODE)) {
                new ContentStreamWriter(out).writeTokens(tokens);
            }
            rewritten.add(replacement);
        }
        page.getCOSObject().setItem(COSName.CONTENTS, rewritten.size() == 1 ? rewritten.get(0) : rewritten);
    }

    private static COSDictionary properties(PDPage page, Object operand) {
        if (operand instanceof COSDictionary inline) {
            return inline;
        }
        if (operand instanceof COSName name && page.getResources() != null) {
            var list = page.getResources().getProperties(name);
            return list == null ? null : list.getCOSObject();
        }
        return null;
    }

    /** Drops the parent-tree entries of the ids that are no longer marked content of a structure element. */
    private static void forget(PDNumberTreeNode parentTree, PDPage page, Set<Integer> ids) throws IOException {
        int key = page.getCOSObject().getInt(COSName.STRUCT_PARENTS, -1);
        if (parentTree == null || key < 0) {
            return;
        }
        Object value = parentTree.getValue(key);
        COSBase entry = value instanceof org.apache.pdfbox.pdmodel.common.COSObjectable objectable
                ? objectable.getCOSObject()
                : null;
        if (entry instanceof COSArray parents) {
            for (int id : ids) {
                if (id < parents.size()) {
                    parents.set(id, COSNull.NULL);
                }
            }
        }
    }
}
