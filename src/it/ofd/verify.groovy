// ofd: formats pdf and ofd give gangcha-2023.pdf and an OFD package beside it, and nothing else.
import java.util.zip.ZipFile

def reports = new File(basedir, 'target/reports')
assert new File(reports, 'gangcha-2023.pdf').isFile()
def ofd = new File(reports, 'gangcha-2023.ofd')
assert ofd.isFile() : "missing ${ofd}"
def zip = new ZipFile(ofd)
try {
    def main = zip.getInputStream(zip.getEntry('OFD.xml')).getText('UTF-8')
    assert main.contains('Version="1.0" DocType="OFD"')
    assert main.contains('<ofd:Author>刚察县人民政府办公室</ofd:Author>')
    assert zip.entries().toList()*.name.any { it ==~ /Doc_0\/Res\/font_\d+\.ttf/ }
} finally {
    zip.close()
}
assert !new File(reports, 'gangcha-2023.html').exists() && !new File(reports, 'gangcha-2023.docx').exists()
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('wrote ') && log.contains('gangcha-2023.ofd')
return true
