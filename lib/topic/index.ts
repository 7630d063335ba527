/** What a ticket is about (refund, delivery, billing, account access, bug, cancellation), for rewrites. */
export { classifyTopic, type TopicInput } from './classify';
export { TOPICS, type Topic } from './topics';
