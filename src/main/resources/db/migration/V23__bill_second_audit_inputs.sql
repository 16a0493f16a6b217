-- The bill inputs of POLICY-NOTES §7 and §8 on the desk: an approved out-of-catalogue special case
-- (广西 三(五)), what a supplementary insurance paid (特惠保 / 其他补充医疗保险), the assistance and re-assistance the
-- hospital settled one-stop (NULL: claimed afterwards, 零星报销), and the earlier stay a referred stay continues
-- (邵医保发〔2021〕32号 十二). Existing bills have none of them.
ALTER TABLE bill ADD COLUMN out_of_catalog_approved BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE bill ADD COLUMN supplementary_insurance DECIMAL(14,2);
ALTER TABLE bill ADD COLUMN settled_assistance DECIMAL(14,2);
ALTER TABLE bill ADD COLUMN settled_re_assistance DECIMAL(14,2);
ALTER TABLE bill ADD COLUMN referred_from BIGINT REFERENCES bill (id);
ALTER TABLE bill ADD CONSTRAINT bill_second_audit_amounts CHECK ((supplementary_insurance IS NULL OR supplementary_insurance >= 0)
    AND (settled_assistance IS NULL OR settled_assistance >= 0) AND (settled_re_assistance IS NULL OR settled_re_assistance >= 0));
ALTER TABLE bill ADD CONSTRAINT bill_referred_from_other CHECK (referred_from IS NULL OR referred_from <> id);
