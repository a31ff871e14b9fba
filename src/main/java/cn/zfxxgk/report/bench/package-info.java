/** The benchmark behind {@code gen bench}: cold and warm times, batch throughput, memory, sizes, and LibreOffice. */
package cn.zfxxgk.report.bench;
