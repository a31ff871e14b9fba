/**
 * The user's files read with care: a size checked before a byte is read, only regular files, and names that cannot lead
 * out of the directory they belong to.
 */
package cn.zfxxgk.report.files;
