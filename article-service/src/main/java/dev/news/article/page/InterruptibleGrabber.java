package dev.news.article.page;

import org.jsoup.nodes.Element;

import kotlin.jvm.functions.Function1;
import net.dankito.readability4j.model.ReadabilityObject;
import net.dankito.readability4j.model.ReadabilityOptions;
import net.dankito.readability4j.processor.ArticleGrabber;
import net.dankito.readability4j.util.RegExUtil;

/**
 * Readability4J's content finder, stopped when its thread is interrupted: each of these steps runs once per node or
 * candidate in every pass, so a page that takes too long is stopped within one of them.
 */
final class InterruptibleGrabber extends ArticleGrabber {

    InterruptibleGrabber(ReadabilityOptions options, RegExUtil regEx) {
        super(options, regEx);
    }

    @Override
    protected Element getNextNode(Element node, boolean ignoreSelfAndKids) {
        PageExtractor.stopIfInterrupted();
        return super.getNextNode(node, ignoreSelfAndKids);
    }

    @Override
    protected ReadabilityObject getReadabilityObject(Element element) {
        PageExtractor.stopIfInterrupted();
        return super.getReadabilityObject(element);
    }

    @Override
    protected double getLinkDensity(Element element) {
        PageExtractor.stopIfInterrupted();
        return super.getLinkDensity(element);
    }

    @Override
    protected int getClassWeight(Element element, net.dankito.readability4j.model.ArticleGrabberOptions options) {
        PageExtractor.stopIfInterrupted();
        return super.getClassWeight(element, options);
    }

    @Override
    protected boolean hasAncestorTag(Element node, String tagName, int maxDepth, Function1<? super Element, Boolean> filter) {
        PageExtractor.stopIfInterrupted();
        return super.hasAncestorTag(node, tagName, maxDepth, filter);
    }
}
