package org.medaid.watch;

/**
 * The watch rules of each the flag of a policy file it follows (the clause is the flag's
 * {@code source}):
 * <ul>
 * <li>{@link #GUANGXI_ALERT}: 广西通知 三(四), the monthly alert list — 脱贫人口 and 监测对象 whose personal burden
 * in the year reaches 5,000, ordinary rural households (普通农户) 10,000 (flag {@code ALERT_LIST});</li>
 * <li>{@link #SHAOYANG_TILT}: 邵医保发〔2021〕32号 三(八), 倾斜救助 review — the compliant burden after the three tiers
 * over 25% of the county's per-capita disposable income of the previous year (flag {@code TILT_REVIEW});</li>
 * <li>{@link #CHAOZHOU_ILLNESS}: 潮医保〔2021〕48号 二.8, 因病致贫 — the family's compliant burden after the tiers
 * at least 60% of its annual disposable income, and its total assets below the local limit (flag
 * {@code FAMILY_INCOME}).</li>
 * </ul>
 */
public enum WatchRule {
    GUANGXI_ALERT("ALERT_LIST"),
    SHAOYANG_TILT("TILT_REVIEW"),
    CHAOZHOU_ILLNESS("FAMILY_INCOME");

    private final String flag;

    WatchRule(String flag) {
        this.flag = flag;
    }

    /** The code of the policy files' flag the rule lists. */
    public String flag() {
        return flag;
    }
}
