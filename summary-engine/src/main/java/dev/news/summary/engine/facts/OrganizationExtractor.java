package dev.news.summary.engine.facts;

import dev.news.summary.engine.Organization;
import dev.news.summary.engine.text.Mention;
import dev.news.summary.engine.text.ParsedArticle;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Groups organisation mentions, ranked by frequency then first appearance. */
public final class OrganizationExtractor {

    private static final int MAX_EVIDENCE = 10;

    public List<Organization> extract(ParsedArticle article) {
        Map<String, List<Mention>> byName = new LinkedHashMap<>();
        Map<String, String> display = new LinkedHashMap<>();
        for (Mention m : article.contentMentions()) {
            if (!m.type().equals("ORGANIZATION")) {
                continue;
            }
            String key = PlaceNames.key(m.text());
            if (key.isEmpty()) {
                continue;
            }
            byName.computeIfAbsent(key, k -> new ArrayList<>()).add(m);
            display.putIfAbsent(key, PlaceNames.clean(m.text()));
        }
        List<Organization> out = new ArrayList<>();
        for (Map.Entry<String, List<Mention>> e : byName.entrySet()) {
            List<Mention> ms = e.getValue();
            out.add(new Organization(display.get(e.getKey()), ms.size(),
                    ms.stream().limit(MAX_EVIDENCE).map(Mention::evidence).toList()));
        }
        out.sort(Comparator.comparingInt((Organization o) -> -o.mentions())
                .thenComparingInt(o -> o.evidence().get(0).start()));
        return out;
    }
}
