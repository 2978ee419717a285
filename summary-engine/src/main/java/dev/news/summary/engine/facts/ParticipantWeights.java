package dev.news.summary.engine.facts;

/**
 * Every weight of the participant ranking in one place. A named candidate's salience is the sum of what applies:
 * {@code title} when the headline names it, {@code leadSentence} when the lead is where it first appears,
 * {@code nearLead} when that is the lead or the sentence after, {@code actor} when it is the lead's actor, one per
 * mention up to {@code mentionCap}, and {@code earliness} divided by one plus the sentences between the lead and its
 * first mention. The lead's actor then gains {@code actorLead}, which puts it above anyone only quoted or mentioned
 * around it; an unnamed group that is the lead's subject ("Police", "Five people") gets {@code group}, above both.
 * Someone the text only quotes ("X said", "said X", "according to X") after the lead loses {@code quotedOnly}: they
 * speak about the event, others act in it (a statement the lead reports is often the news itself).
 */
record ParticipantWeights(double title, double leadSentence, double nearLead, double actor, int mentionCap,
                          double earliness, double actorLead, double group, double quotedOnly) {

    static ParticipantWeights defaults() {
        return new ParticipantWeights(4.0, 3.0, 1.5, 2.0, 6, 2.0, 100, 200, 1.5);
    }
}
