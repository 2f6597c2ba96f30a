package dev.onair.chat.message.control;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks sensitive words: every occurrence, in any letter case, becomes
 * {@link #MASK}. Words match anywhere, also inside longer words, because
 * Chinese and Japanese danmaku have no spaces to find word boundaries by;
 * the price is the occasional innocent word masked in English. The mask
 * has a fixed length, so it does not tell how long the hidden word was.
 * Longer words are tried first, so "bad word" wins over "bad".
 */
public final class WordFilter {

    public static final String MASK = "***";

    private final Pattern pattern;

    private WordFilter(Pattern pattern) {
        this.pattern = pattern;
    }

    /** A filter for a comma-separated list; blanks are ignored, so an empty list masks nothing. */
    public static WordFilter of(String commaSeparated) {
        List<String> words = Arrays.stream(commaSeparated == null ? new String[0] : commaSeparated.split(","))
                .map(String::strip)
                .filter(w -> !w.isEmpty())
                .map(w -> w.toLowerCase(Locale.ROOT))
                .distinct()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
        if (words.isEmpty()) {
            return new WordFilter(null);
        }
        String alternatives = String.join("|", words.stream().map(Pattern::quote).toList());
        return new WordFilter(Pattern.compile(alternatives, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }

    public String mask(String text) {
        if (pattern == null) {
            return text;
        }
        return pattern.matcher(text).replaceAll(Matcher.quoteReplacement(MASK));
    }
}
