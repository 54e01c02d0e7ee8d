package org.homecare.deploy.stack;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KafkaToolTest {

    @Test
    void kafka_tools_get_the_stack_broker_unless_the_arguments_name_one() {
        KafkaTool topics = KafkaTool.named("topics").orElseThrow();
        Path libs = Path.of("/libs");
        Path log4j = Path.of("/log4j.properties");

        List<String> listed = topics.command(libs, "127.0.0.1:29092", log4j, List.of("--list"));
        List<String> elsewhere = topics.command(libs, "127.0.0.1:29092", log4j,
                List.of("--bootstrap-server", "other:9092", "--list"));

        assertEquals("org.apache.kafka.tools.TopicCommand", listed.get(listed.indexOf("/libs/*") + 1));
        assertEquals(List.of("--bootstrap-server", "127.0.0.1:29092", "--list"),
                listed.subList(listed.size() - 3, listed.size()));
        assertFalse(elsewhere.contains("127.0.0.1:29092"));
        assertTrue(KafkaTool.named("kafka-consumer-groups.sh").isPresent());
        assertTrue(KafkaTool.named("no-such-tool").isEmpty());
    }
}
