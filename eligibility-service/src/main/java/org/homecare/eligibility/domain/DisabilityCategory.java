package org.homecare.eligibility.domain;

/**
 * The categories of the disability certificate (残疾人证) in the order of GB/T 26341-2010: 视力, 听力, 言语, 肢体, 智力,
 * 精神, 多重. The certificate number carries the category as its 19th character, 1 for {@code VISUAL} to 7 for
 * {@code MULTIPLE}.
 */
public enum DisabilityCategory {
    VISUAL, HEARING, SPEECH, PHYSICAL, INTELLECTUAL, MENTAL, MULTIPLE;

    /** The digit of this category in a certificate number. */
    public char digit() {
        return (char) ('1' + ordinal());
    }
}
