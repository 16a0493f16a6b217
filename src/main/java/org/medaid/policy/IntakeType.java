package org.medaid.policy;

import java.util.List;

/**
 * A kind of written application and the documents the policy asks for with it (邵医保发〔2021〕32号
 * 三(八) 「申请医疗救助时须持相关证件和民政部门认定证明材料，提供本年度的诊断病历、必要的病史证明材料和医疗费用结算单据」).
 */
public record IntakeType(String id, String label, List<String> documents, String source) {

    public IntakeType {
        documents = List.copyOf(documents);
    }
}
