// The four seeds are rendered into target/reports, warnings are logged as warnings, in Chinese (lang zh).
def reports = new File(basedir, 'target/reports')
for (name in ['balikun-2023', 'gangcha-2023', 'balikun-2020', 'huocheng-2023']) {
    for (ext in ['html', 'pdf']) {
        def file = new File(reports, "${name}.${ext}")
        assert file.isFile() && file.length() > 1000 : "missing ${file}"
    }
}
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[WARNING] ') && log.contains('huocheng-2023.yaml:45:9: 警告：主动公开 行政处罚 本年处理决定数量标为缺失（原文丢失）；印为空白，不参与勾稽校验')
assert log.contains('[INFO] 已写出 ')
assert new File(reports, 'balikun-2023.html').getText('UTF-8').contains('巴里坤县人民政府办公室')
return true
