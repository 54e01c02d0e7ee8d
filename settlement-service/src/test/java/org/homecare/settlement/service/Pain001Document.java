package org.homecare.settlement.service;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * A written pain.001 document read back: validated against the official ISO 20022 XSD first, then queried by XPath
 * with the prefix {@code p} for its namespace.
 */
public final class Pain001Document {

    private static final Schema SCHEMA = schema();

    private final Document dom;
    private final XPath xpath;

    private Pain001Document(Document dom) {
        this.dom = dom;
        this.xpath = XPathFactory.newInstance().newXPath();
        xpath.setNamespaceContext(new NamespaceContext() {
            @Override
            public String getNamespaceURI(String prefix) {
                return "p".equals(prefix) ? Pain001Writer.NAMESPACE : XMLConstants.NULL_NS_URI;
            }

            @Override
            public String getPrefix(String namespaceURI) {
                return Pain001Writer.NAMESPACE.equals(namespaceURI) ? "p" : null;
            }

            @Override
            public Iterator<String> getPrefixes(String namespaceURI) {
                return List.of("p").iterator();
            }
        });
    }

    /** @throws SAXException when the document is not valid against the XSD */
    public static Pain001Document read(byte[] xml) throws IOException, SAXException, ParserConfigurationException {
        SCHEMA.newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return new Pain001Document(factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml)));
    }

    public String text(String path) throws XPathExpressionException {
        Node node = (Node) xpath.evaluate(path, dom, XPathConstants.NODE);
        if (node == null) {
            throw new AssertionError("no node at " + path);
        }
        return node.getTextContent();
    }

    public List<String> texts(String path) throws XPathExpressionException {
        NodeList nodes = (NodeList) xpath.evaluate(path, dom, XPathConstants.NODESET);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    public int count(String path) throws XPathExpressionException {
        return ((NodeList) xpath.evaluate(path, dom, XPathConstants.NODESET)).getLength();
    }

    public Document dom() {
        return dom;
    }

    private static Schema schema() {
        URL xsd = Pain001Document.class.getResource("/iso20022/pain.001.001.09.xsd");
        if (xsd == null) {
            throw new IllegalStateException("iso20022/pain.001.001.09.xsd is missing from the test resources");
        }
        try {
            return SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(xsd);
        } catch (SAXException e) {
            throw new IllegalStateException("the pain.001.001.09 XSD does not load", e);
        }
    }
}
