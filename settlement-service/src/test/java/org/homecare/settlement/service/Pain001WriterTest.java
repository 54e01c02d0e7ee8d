package org.homecare.settlement.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.homecare.settlement.domain.CreditTransfer;
import org.homecare.settlement.domain.CreditTransferBatch;
import org.homecare.settlement.domain.DebtorAccount;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;

/** The pain.001.001.09 payment order of a period, read back and validated against the official XSD. */
class Pain001WriterTest {

    private static final String TX = "/p:Document/p:CstmrCdtTrfInitn/p:PmtInf/p:CdtTrfTxInf";
    private static final long[] AMOUNTS = {1, 5, 10, 99, 100, 123_456, 60_000, 123_456_789_012L};

    private final Pain001Writer writer = new Pain001Writer();
    private final DebtorAccount city = new DebtorAccount("合肥市民政局", "1302010109000000002", "102361000015",
            Optional.empty());
    private final Instant createdAt = Instant.parse("2026-12-03T01:30:15.123456Z");
    private final LocalDate executionDate = LocalDate.of(2026, 12, 4);

    @Test
    void the_group_header_and_the_payment_information_count_and_sum_every_transfer() throws Exception {
        List<CreditTransfer> transfers = transfers(AMOUNTS);
        Pain001Document doc = Pain001Document.read(writer.write(batch(transfers)));

        long totalFen = 0;
        for (long fen : AMOUNTS) {
            totalFen += fen;
        }
        String total = new BigDecimal(totalFen).movePointLeft(2).toPlainString();
        assertThat(doc.text("/p:Document/p:CstmrCdtTrfInitn/p:GrpHdr/p:NbOfTxs")).isEqualTo("8");
        assertThat(doc.text("/p:Document/p:CstmrCdtTrfInitn/p:GrpHdr/p:CtrlSum")).isEqualTo(total)
                .isEqualTo("1234569726.83");
        assertThat(doc.text("/p:Document/p:CstmrCdtTrfInitn/p:PmtInf/p:NbOfTxs")).isEqualTo("8");
        assertThat(doc.text("/p:Document/p:CstmrCdtTrfInitn/p:PmtInf/p:CtrlSum")).isEqualTo(total);
        assertThat(doc.count("/p:Document/p:CstmrCdtTrfInitn/p:PmtInf")).isOne();
        assertThat(doc.count(TX)).isEqualTo(8);
    }

    @Test
    void every_amount_is_the_statements_fen_exactly_in_yuan_with_two_decimals() throws Exception {
        List<CreditTransfer> transfers = transfers(AMOUNTS);
        Pain001Document doc = Pain001Document.read(writer.write(batch(transfers)));

        for (CreditTransfer t : transfers) {
            String tx = TX + "[p:PmtId/p:EndToEndId='" + Pain001Writer.endToEndId(t.statementId()) + "']";
            String amount = doc.text(tx + "/p:Amt/p:InstdAmt");
            assertThat(new BigDecimal(amount).movePointRight(2).longValueExact()).as("fen of " + amount)
                    .isEqualTo(t.amountFen());
            assertThat(amount).matches("(0|[1-9][0-9]*)\\.[0-9]{2}");
            assertThat(doc.text(tx + "/p:Amt/p:InstdAmt/@Ccy")).isEqualTo("CNY");
        }
        assertThat(Pain001Text.yuan(1)).isEqualTo("0.01");
        assertThat(Pain001Text.yuan(5)).isEqualTo("0.05");
        assertThat(Pain001Text.yuan(10)).isEqualTo("0.10");
        assertThat(Pain001Text.yuan(99)).isEqualTo("0.99");
        assertThat(Pain001Text.yuan(100)).isEqualTo("1.00");
        assertThat(Pain001Text.yuan(123_456)).isEqualTo("1234.56");
        assertThat(Pain001Text.yuan(123_456_789_012L)).isEqualTo("1234567890.12");
        assertThat(Pain001Text.yuan(Long.MAX_VALUE)).isEqualTo("92233720368547758.07");
    }

    @Test
    void each_transfer_names_its_statement_and_the_creditors_account_and_bank() throws Exception {
        List<CreditTransfer> transfers = transfers(AMOUNTS);
        Pain001Document doc = Pain001Document.read(writer.write(batch(transfers)));

        for (CreditTransfer t : transfers) {
            String tx = TX + "[p:PmtId/p:EndToEndId='" + Pain001Writer.endToEndId(t.statementId()) + "']";
            assertThat(doc.count(tx)).isOne();
            assertThat(doc.text(tx + "/p:CdtrAcct/p:Id/p:Othr/p:Id")).isEqualTo(t.creditorAccount());
            assertThat(doc.text(tx + "/p:CdtrAgt/p:FinInstnId/p:ClrSysMmbId/p:MmbId")).isEqualTo(
                    t.creditorBankCode());
            assertThat(doc.text(tx + "/p:CdtrAgt/p:FinInstnId/p:ClrSysMmbId/p:ClrSysId/p:Cd")).isEqualTo("CNAPS");
            assertThat(doc.text(tx + "/p:CdtrAgt/p:FinInstnId/p:Nm")).isEqualTo(t.creditorBankName());
            assertThat(doc.text(tx + "/p:Cdtr/p:Nm")).isEqualTo(t.creditorName());
            assertThat(doc.text(tx + "/p:RmtInf/p:Ustrd")).isEqualTo(
                    "home-care vouchers 2026-11 statement " + t.statementId());
        }
        assertThat(Pain001Writer.endToEndId(UUID.fromString("0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b")))
                .isEqualTo("0193a1b2c3d47e5f8a9b0c1d2e3f4a5b");
    }

    @Test
    void the_debtor_is_the_citys_account_at_its_cnaps_bank() throws Exception {
        Pain001Document doc = Pain001Document.read(writer.write(batch(transfers(AMOUNTS))));
        String pmtInf = "/p:Document/p:CstmrCdtTrfInitn/p:PmtInf";

        assertThat(doc.text("/p:Document/p:CstmrCdtTrfInitn/p:GrpHdr/p:InitgPty/p:Nm")).isEqualTo("合肥市民政局");
        assertThat(doc.text(pmtInf + "/p:PmtMtd")).isEqualTo("TRF");
        assertThat(doc.text(pmtInf + "/p:ReqdExctnDt/p:Dt")).isEqualTo("2026-12-04");
        assertThat(doc.text(pmtInf + "/p:Dbtr/p:Nm")).isEqualTo("合肥市民政局");
        assertThat(doc.text(pmtInf + "/p:DbtrAcct/p:Id/p:Othr/p:Id")).isEqualTo("1302010109000000002");
        assertThat(doc.text(pmtInf + "/p:DbtrAgt/p:FinInstnId/p:ClrSysMmbId/p:MmbId")).isEqualTo("102361000015");
        assertThat(doc.count(pmtInf + "/p:DbtrAgt/p:FinInstnId/p:BICFI")).as("no BIC configured").isZero();
        assertThat(doc.text("/p:Document/p:CstmrCdtTrfInitn/p:GrpHdr/p:CreDtTm"))
                .as("the creation instant given, in Beijing time").isEqualTo("2026-12-03T09:30:15+08:00");

        DebtorAccount withBic = new DebtorAccount(city.name(), city.accountNumber(), city.bankCode(),
                Optional.of("ICBKCNBJAHI"));
        CreditTransferBatch batch = new CreditTransferBatch("2026-11", createdAt, executionDate, withBic,
                transfers(AMOUNTS));
        assertThat(Pain001Document.read(writer.write(batch)).text(pmtInf + "/p:DbtrAgt/p:FinInstnId/p:BICFI"))
                .isEqualTo("ICBKCNBJAHI");
    }

    @Test
    void transfers_are_written_in_statement_id_order_whatever_order_they_came_in() throws Exception {
        List<CreditTransfer> transfers = transfers(AMOUNTS);
        List<CreditTransfer> shuffled = new ArrayList<>(transfers);
        Collections.reverse(shuffled);
        Collections.swap(shuffled, 1, 5);

        byte[] written = writer.write(batch(transfers));
        assertThat(writer.write(batch(shuffled))).as("the same document").isEqualTo(written);
        List<String> expected = transfers.stream().map(CreditTransfer::statementId)
                .map(UUID::toString).sorted().map(id -> id.replace("-", "")).toList();
        assertThat(Pain001Document.read(written).texts(TX + "/p:PmtId/p:EndToEndId")).isEqualTo(expected);
    }

    @Test
    void the_message_id_stays_for_the_same_statements_and_changes_with_an_amount() throws Exception {
        List<CreditTransfer> transfers = transfers(AMOUNTS);
        List<CreditTransfer> reordered = new ArrayList<>(transfers);
        reordered.sort(Comparator.comparing(CreditTransfer::amountFen).reversed());
        String id = Pain001MessageId.of(batch(transfers));

        CreditTransferBatch later = new CreditTransferBatch("2026-11", createdAt.plusSeconds(86_400),
                executionDate.plusDays(3), city, reordered);
        assertThat(Pain001MessageId.of(later)).as("another order, creation time and execution date").isEqualTo(id);
        assertThat(Pain001Document.read(writer.write(batch(transfers)))
                .text("/p:Document/p:CstmrCdtTrfInitn/p:GrpHdr/p:MsgId")).isEqualTo(id);
        assertThat(id).hasSizeLessThanOrEqualTo(35).matches("HCV-2026-11-[0-9A-F]{20}");

        List<CreditTransfer> oneFenMore = new ArrayList<>(transfers);
        CreditTransfer first = transfers.get(0);
        oneFenMore.set(0, new CreditTransfer(first.statementId(), first.amountFen() + 1, first.creditorName(),
                first.creditorAccount(), first.creditorBankCode(), first.creditorBankName()));
        assertThat(Pain001MessageId.of(batch(oneFenMore))).as("an amount one fen higher").isNotEqualTo(id);
        assertThat(Pain001MessageId.of(batch(transfers.subList(1, transfers.size()))))
                .as("a statement fewer").isNotEqualTo(id);
        assertThat(Pain001MessageId.of(new CreditTransferBatch("2026-12", createdAt, executionDate, city,
                transfers))).as("another period").isNotEqualTo(id);
    }

    @Test
    void an_empty_batch_is_refused() {
        assertThatThrownBy(() -> new CreditTransferBatch("2026-11", createdAt, executionDate, city, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one transfer");
    }

    @Test
    void names_with_markup_characters_and_outside_the_bmp_round_trip() throws Exception {
        String creditor = "康乐 & <居家> \"养老\" 'A&B' 𠀋𩸽 服务中心 😀";
        String bank = "徽商银行 <蜀山> & \"支行\" 𪚥";
        CreditTransfer t = new CreditTransfer(UUID.randomUUID(), 12_345, creditor, "6217001234567890123",
                "319361000013", bank);
        DebtorAccount debtor = new DebtorAccount("合肥市 & <民政局> 𠀋", city.accountNumber(), city.bankCode(),
                Optional.empty());
        byte[] xml = writer.write(new CreditTransferBatch("2026-11", createdAt, executionDate, debtor, List.of(t)));

        Pain001Document doc = Pain001Document.read(xml);
        assertThat(doc.text(TX + "/p:Cdtr/p:Nm")).isEqualTo(creditor);
        assertThat(doc.text(TX + "/p:CdtrAgt/p:FinInstnId/p:Nm")).isEqualTo(bank);
        assertThat(doc.text("/p:Document/p:CstmrCdtTrfInitn/p:PmtInf/p:Dbtr/p:Nm")).isEqualTo(debtor.name());
        String raw = new String(xml, StandardCharsets.UTF_8);
        assertThat(raw).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>").contains("&amp;").contains("&lt;")
                .contains("😀").contains("𠀋");
        assertThat(xml).as("UTF-8 as declared").isEqualTo(raw.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void names_longer_than_140_characters_are_cut_without_splitting_a_surrogate_pair() throws Exception {
        String long139ThenPair = "康".repeat(139) + "😀" + "尾巴";
        String long141 = "乐".repeat(141);
        CreditTransfer pair = new CreditTransfer(UUID.randomUUID(), 100, long139ThenPair, "6217001234567890123",
                "319361000013", long141);
        Pain001Document doc = Pain001Document.read(writer.write(new CreditTransferBatch("2026-11", createdAt,
                executionDate, city, List.of(pair))));

        assertThat(doc.text(TX + "/p:Cdtr/p:Nm")).as("the pair would be the 140th and 141st char: dropped whole")
                .isEqualTo("康".repeat(139));
        assertThat(doc.text(TX + "/p:CdtrAgt/p:FinInstnId/p:Nm")).isEqualTo("乐".repeat(140));
        assertThat(Pain001Text.truncate("康".repeat(138) + "😀" + "尾", 140)).isEqualTo("康".repeat(138) + "😀");
        assertThat(Pain001Text.truncate("short", 140)).isEqualTo("short");
    }

    @Test
    void a_payment_order_beyond_18_digits_is_refused() {
        CreditTransfer huge = new CreditTransfer(UUID.randomUUID(), 999_999_999_999_999_999L, "康乐",
                "6217001234567890123", "319361000013", "徽商银行");
        CreditTransfer one = new CreditTransfer(UUID.randomUUID(), 1, "康乐", "6217001234567890123",
                "319361000013", "徽商银行");
        assertThatThrownBy(() -> writer.write(new CreditTransferBatch("2026-11", createdAt, executionDate, city,
                List.of(huge, one)))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("18 digits");
    }

    @Test
    void the_schema_check_refuses_what_the_xsd_does_not_allow() throws Exception {
        CreditTransfer t = transfers(AMOUNTS).get(0);
        String xml = new String(writer.write(batch(List.of(t))), StandardCharsets.UTF_8);
        // the statement id as usually written has 36 characters, one more than EndToEndId may have
        byte[] hyphenated = xml.replace(Pain001Writer.endToEndId(t.statementId()), t.statementId().toString())
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Pain001Document.read(hyphenated)).isInstanceOf(SAXException.class)
                .hasMessageContaining("maxLength");
        String reordered = xml.replace("<PmtMtd>TRF</PmtMtd>", "").replace("<CtrlSum>0.01</CtrlSum><ReqdExctnDt>",
                "<CtrlSum>0.01</CtrlSum><PmtMtd>TRF</PmtMtd><ReqdExctnDt>");
        assertThat(reordered).contains("</CtrlSum><PmtMtd>TRF</PmtMtd><ReqdExctnDt>");
        assertThatThrownBy(() -> Pain001Document.read(reordered.getBytes(StandardCharsets.UTF_8)))
                .as("PmtMtd out of its place").isInstanceOf(SAXException.class);
    }

    private CreditTransferBatch batch(List<CreditTransfer> transfers) {
        return new CreditTransferBatch("2026-11", createdAt, executionDate, city, transfers);
    }

    private static List<CreditTransfer> transfers(long... amounts) {
        List<CreditTransfer> transfers = new ArrayList<>();
        for (int i = 0; i < amounts.length; i++) {
            // fixed ids, so a failure is reproducible; deliberately not in id order
            UUID id = UUID.nameUUIDFromBytes(("statement " + i).getBytes(StandardCharsets.UTF_8));
            transfers.add(new CreditTransfer(id, amounts[i], "合肥市蜀山区康乐居家养老服务中心" + i,
                    "62170012345678" + String.format("%05d", i), String.format("3193610000%02d", i),
                    "徽商银行合肥蜀山支行" + i));
        }
        return transfers;
    }
}
