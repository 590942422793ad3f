/** A real Apache Kafka broker in KRaft mode (broker and controller in one process), started from the Kafka jars. */
package org.alumniportal.localstack.kafka;
