// The second execution finds nothing changed and renders nothing.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.count('wrote ') == 1 : log
assert log.contains('src/reports/gangcha-2023.yaml is up to date, not rendered again')
assert new File(basedir, 'target/reports/gangcha-2023.html').isFile()
assert !new File(basedir, 'target/reports/gangcha-2023.pdf').exists() : 'formats: html only'
return true
