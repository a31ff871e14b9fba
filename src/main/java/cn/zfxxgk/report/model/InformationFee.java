package cn.zfxxgk.report.model;

import java.math.BigDecimal;

/**
 * The 信息处理费 of the year (国务院办公厅关于印发《政府信息公开信息处理费管理办法》的通知), which section 六 of a
 * 2021-format report must state: whether any was charged, in how many cases, and how much in 元 — not the 万元 of
 * table 二's 行政事业性收费, which is another thing.
 *
 * @param charged whether any fee was charged
 * @param cases in how many cases, or {@code null} when not given
 * @param amountYuan how much in 元, or {@code null} when not given
 * @param at where {@code information_fee:} was written
 */
public record InformationFee(boolean charged, Integer cases, BigDecimal amountYuan, Position at) {}
