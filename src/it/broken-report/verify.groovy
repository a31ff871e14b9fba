// A date that does not exist fails the build with the same file:line:col message as gen.jar; nothing of it is written.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains("[ERROR] src/reports/broken.yaml:102:9: error: signature date '2024-02-30' is not a real date; expected a date of the calendar such as 2024-01-10")
assert log.contains('BUILD FAILURE')
assert log.contains('1 problem in the reports:')
assert !new File(basedir, 'target/reports/broken.html').exists()
assert !new File(basedir, 'target/reports/broken.pdf').exists()
// the good report beside it is still rendered
assert new File(basedir, 'target/reports/good.pdf').isFile()
return true
