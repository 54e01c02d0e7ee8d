package org.homecare.settlement.service;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import jakarta.enterprise.context.ApplicationScoped;

import org.homecare.settlement.domain.CreditTransfer;
import org.homecare.settlement.domain.CreditTransferBatch;
import org.homecare.settlement.domain.DebtorAccount;

/**
 * Writes a batch as an ISO 20022 {@code pain.001.001.09} (CustomerCreditTransferInitiationV09) payment order in UTF-8:
 * one payment information block debiting the city's account, one credit transfer per statement, in statement id order,
 * banks named by their CNAPS code. Elements are written in the order of the XSD.
 */
@ApplicationScoped
public class Pain001Writer {

    public static final String NAMESPACE = "urn:iso:std:iso:20022:tech:xsd:pain.001.001.09";
    public static final String CURRENCY = "CNY";

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** ISO 20022 DecimalNumber and amounts allow 18 digits in all. */
    private static final long MAX_FEN = 999_999_999_999_999_999L;
    /** ExternalClearingSystemIdentification1Code of China's payment system. */
    private static final String CNAPS = "CNAPS";

    // the JDK's own writer, whatever StAX implementation the class path brings
    private final XMLOutputFactory factory = XMLOutputFactory.newDefaultFactory();

    public byte[] write(CreditTransferBatch batch) {
        long totalFen = batch.totalFen();
        if (totalFen > MAX_FEN) {
            throw new IllegalArgumentException("a payment order of " + totalFen + " fen exceeds 18 digits");
        }
        String messageId = Pain001MessageId.of(batch);
        String count = Integer.toString(batch.transfers().size());
        String total = Pain001Text.yuan(totalFen);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = factory.createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
            xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
            xml.setDefaultNamespace(NAMESPACE);
            xml.writeStartElement(NAMESPACE, "Document");
            xml.writeDefaultNamespace(NAMESPACE);
            xml.writeStartElement(NAMESPACE, "CstmrCdtTrfInitn");

            xml.writeStartElement(NAMESPACE, "GrpHdr");
            text(xml, "MsgId", messageId);
            text(xml, "CreDtTm", OffsetDateTime.ofInstant(batch.createdAt(), SHANGHAI)
                    .truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
            text(xml, "NbOfTxs", count);
            text(xml, "CtrlSum", total);
            xml.writeStartElement(NAMESPACE, "InitgPty");
            text(xml, "Nm", Pain001Text.truncate(batch.debtor().name(), Pain001Text.MAX_140));
            xml.writeEndElement();
            xml.writeEndElement();

            xml.writeStartElement(NAMESPACE, "PmtInf");
            // one payment information block per message, so its id can be the message's
            text(xml, "PmtInfId", messageId);
            text(xml, "PmtMtd", "TRF");
            text(xml, "NbOfTxs", count);
            text(xml, "CtrlSum", total);
            xml.writeStartElement(NAMESPACE, "ReqdExctnDt");
            text(xml, "Dt", batch.requestedExecutionDate().toString());
            xml.writeEndElement();
            debtor(xml, batch.debtor());
            for (CreditTransfer transfer : batch.transfers()) {
                transfer(xml, batch.period(), transfer);
            }
            xml.writeEndElement();

            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            // into memory, from checked text: only a fault of the writer itself gets here
            throw new IllegalStateException("could not write the pain.001 document", e);
        }
        return out.toByteArray();
    }

    private static void debtor(XMLStreamWriter xml, DebtorAccount debtor) throws XMLStreamException {
        xml.writeStartElement(NAMESPACE, "Dbtr");
        text(xml, "Nm", Pain001Text.truncate(debtor.name(), Pain001Text.MAX_140));
        xml.writeEndElement();
        account(xml, "DbtrAcct", debtor.accountNumber());
        agent(xml, "DbtrAgt", debtor.bic(), debtor.bankCode(), Optional.empty());
    }

    private static void transfer(XMLStreamWriter xml, String period, CreditTransfer t) throws XMLStreamException {
        xml.writeStartElement(NAMESPACE, "CdtTrfTxInf");
        xml.writeStartElement(NAMESPACE, "PmtId");
        text(xml, "EndToEndId", endToEndId(t.statementId()));
        xml.writeEndElement();
        xml.writeStartElement(NAMESPACE, "Amt");
        xml.writeStartElement(NAMESPACE, "InstdAmt");
        xml.writeAttribute("Ccy", CURRENCY);
        xml.writeCharacters(Pain001Text.yuan(t.amountFen()));
        xml.writeEndElement();
        xml.writeEndElement();
        agent(xml, "CdtrAgt", Optional.empty(), t.creditorBankCode(), Optional.of(t.creditorBankName()));
        xml.writeStartElement(NAMESPACE, "Cdtr");
        text(xml, "Nm", Pain001Text.truncate(t.creditorName(), Pain001Text.MAX_140));
        xml.writeEndElement();
        account(xml, "CdtrAcct", t.creditorAccount());
        xml.writeStartElement(NAMESPACE, "RmtInf");
        text(xml, "Ustrd", "home-care vouchers " + period + " statement " + t.statementId());
        xml.writeEndElement();
        xml.writeEndElement();
    }

    /**
     * The statement id without its hyphens: EndToEndId is Max35Text, a UUID's usual form has 36 characters. (UETR,
     * which takes a UUID as it is, admits version 4 only.)
     */
    static String endToEndId(UUID statementId) {
        return statementId.toString().replace("-", "");
    }

    private static void account(XMLStreamWriter xml, String element, String number) throws XMLStreamException {
        xml.writeStartElement(NAMESPACE, element);
        xml.writeStartElement(NAMESPACE, "Id");
        xml.writeStartElement(NAMESPACE, "Othr");
        text(xml, "Id", number);
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void agent(XMLStreamWriter xml, String element, Optional<String> bic, String cnapsCode,
            Optional<String> bankName) throws XMLStreamException {
        xml.writeStartElement(NAMESPACE, element);
        xml.writeStartElement(NAMESPACE, "FinInstnId");
        if (bic.isPresent()) {
            text(xml, "BICFI", bic.get());
        }
        xml.writeStartElement(NAMESPACE, "ClrSysMmbId");
        xml.writeStartElement(NAMESPACE, "ClrSysId");
        text(xml, "Cd", CNAPS);
        xml.writeEndElement();
        text(xml, "MmbId", cnapsCode);
        xml.writeEndElement();
        if (bankName.isPresent()) {
            text(xml, "Nm", Pain001Text.truncate(bankName.get(), Pain001Text.MAX_140));
        }
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void text(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
        xml.writeStartElement(NAMESPACE, element);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }
}
