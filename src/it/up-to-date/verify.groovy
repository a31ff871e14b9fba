// The second execution renders nothing: the unchanged reports are up to date, their warnings shown again; the
// documents of the report deleted in between are removed; what the plugin remembers stays out of the published folder.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.count('[INFO] wrote ') == 3 : log
assert log.contains('src/reports/gangcha-2023.yaml is up to date, not rendered again')
assert log.contains('src/reports/huocheng-2023.yaml is up to date, not rendered again')
def warning = '[WARNING] src/reports/huocheng-2023.yaml:45:9: warning: 主动公开 行政处罚 本年处理决定数量 is marked 缺失'
assert log.count(warning) == 2 : 'the warning is shown by the render and again when up to date: ' + log
assert log.contains('removed target/reports/gone.html: its report is gone') : log
assert new File(basedir, 'target/reports/gangcha-2023.html').isFile()
assert !new File(basedir, 'target/reports/gone.html').exists()
assert !new File(basedir, 'target/reports/gangcha-2023.pdf').exists() : 'documents: html only'
assert !new File(basedir, 'target/reports/.gen-state').exists() : 'no state among the published documents'
assert new File(basedir, 'target/annual-report-state/gangcha-2023.yaml.state').isFile()
return true
