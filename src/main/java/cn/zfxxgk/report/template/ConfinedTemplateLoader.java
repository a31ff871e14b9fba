package cn.zfxxgk.report.template;

import cn.zfxxgk.report.files.ConfinedDirectory;
import cn.zfxxgk.report.files.InputFiles;
import freemarker.cache.TemplateLoader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds FreeMarker templates in the editor's template directory the way every other template file is found there: a
 * name may not climb out ({@code ..}, absolute names), a link leading out of the directory is refused (a
 * {@link SecurityException}, as FreeMarker's own file loader does), and a file larger than {@link Templates#MAX_TEXT}
 * is refused before it is read.
 */
final class ConfinedTemplateLoader implements TemplateLoader {

    private final ConfinedDirectory directory;

    ConfinedTemplateLoader(ConfinedDirectory directory) {
        this.directory = directory;
    }

    @Override
    public Object findTemplateSource(String name) throws IOException {
        Optional<Path> file;
        try {
            file = directory.find(name);
        } catch (ConfinedDirectory.Outside e) {
            throw new SecurityException(e.getMessage(), e);
        }
        return file.filter(Files::isRegularFile).orElse(null);
    }

    @Override
    public long getLastModified(Object source) {
        try {
            return Files.getLastModifiedTime((Path) source).toMillis();
        } catch (IOException e) {
            return -1;
        }
    }

    @Override
    public Reader getReader(Object source, String encoding) throws IOException {
        byte[] bytes = InputFiles.read((Path) source, Templates.MAX_TEXT);
        return new StringReader(new String(bytes, Charset.forName(encoding)));
    }

    @Override
    public void closeTemplateSource(Object source) {
        // nothing is held open: the reader is made from the bytes read at once
    }
}
