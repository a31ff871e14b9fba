/**
 * Rules between reports: what one year's report must agree with in the year before (the carry-over of table 三, the
 * 2019 format's item counts). Each rule is a small class of its own taking loaded reports and giving problems, so a
 * rule engine can run them alongside the 勾稽 rules of one report.
 */
package cn.zfxxgk.report.rules;
