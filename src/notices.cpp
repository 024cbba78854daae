// The notices of the classify stage that a page prints around an article: cookie and privacy consents,
// subscription and donation prompts, closing prompts, update notes, licences. The site's known boilerplate phrases
// and blog footers are in boilerplate.cpp, block quality in quality.cpp, the shapes of lines in lines.cpp.
#include "advice_disclaimers.hpp"
#include "classify.hpp"

#include "lexicon.hpp"
#include "lexicon_openings.hpp"
#include "notices_parts.hpp"
#include "region_parts.hpp"
#include "text.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <bitset>
#include <cctype>
#include <cstdint>
#include <optional>
#include <vector>

namespace archive {

namespace {

struct NoticeWords {
    int key = 0, context = 0, words = 0;
};

// How many of the line's words carry each tag (a word may carry several).
struct TagCounts {
    int words = 0;
    std::array<int, notice_tag_kinds> of{}; // by bit: of[k] counts the words tagged 1 << k
    int count(NoticeTag t) const { return of[static_cast<std::size_t>(std::countr_zero(static_cast<unsigned>(t)))]; }
};

// (Here and below, `words` are a line's text::words_lower() strings or a Block's lower_words() views, read alike.)
TagCounts count_tags(const auto& words) {
    TagCounts n;
    n.words = static_cast<int>(words.size());
    for (const auto& w : words)
        for (unsigned t = notice_tags_of(w); t != 0; t &= t - 1)
            ++n.of[static_cast<std::size_t>(std::countr_zero(t))];
    return n;
}

// count_tags() of a block's words, counted by segment() with its stopwords.
TagCounts count_tags(const Block& b) {
    TagCounts n;
    n.words = static_cast<int>(b.lower_words().size());
    std::ranges::copy(b.notice_tags(), n.of.begin());
    return n;
}

// "Wer den Film abspielt, akzeptiert die Datenschutzerklärung von Hafentube.", "By sending the form you agree to our
// privacy policy.", "Die Hinweise zur Privatsphäre habe ich gelesen, ich stimme zu.": a form's or an
// embedded post's consent to the privacy statement, which it names together with a verb of consent. (An article on
// privacy names the statement or the verb among many other words, rarely both in a sentence of a few dozen words.)
// Each privacy phrase holds one of these pieces: most lines are settled by a few searches.
constexpr std::array<std::string_view, 8> privacy_pieces = {"priva",           "prywatn",         "datenschutz",
                                                            "personenbezogen", "externe inhalte", "confidential",
                                                            "personnelles",    "personales"};

// "Hiermit stimme ich der Datenschutzerklärung des Vereins zu. Die Daten werden ... (and eighty words more)": a
// form's consent goes on to tell what is stored and how to withdraw it, past the length of a sentence of an
// article. Such a long line is a notice when its short first sentence is the consent itself.
bool opens_with_privacy_consent(std::string_view low, std::span<const std::string_view> phrases,
                                const LexiconSection& verbs) {
    std::size_t end = low.size();
    for (std::string_view stop : {". ", "! ", "? "})
        end = std::min(end, low.find(stop));
    const std::string_view first = low.substr(0, end);
    if (end == low.size() || tokens_up_to(first, 31) > 30)
        return false;
    if (std::none_of(phrases.begin(), phrases.end(),
                     [first](const std::string_view ph) { return first.find(ph) != std::string_view::npos; }))
        return false;
    const std::vector<std::string> first_words = text::words_of_lowered(first);
    return verbs.has_any(first_words);
}

bool privacy_consent(std::string_view low, const auto& words) {
    bool piece = false;
    for (std::string_view p : privacy_pieces)
        piece = piece || low.find(p) != std::string::npos;
    if (!piece)
        return false;
    static const LexiconSection* verbs = common_lexicon().section("privacy_consent_words");
    static const auto& phrases = common_lexicon().list("privacy_phrases");
    if (verbs == nullptr || std::none_of(phrases.begin(), phrases.end(), [&low](const std::string_view ph) {
            return low.find(ph) != std::string::npos;
        }))
        return false;
    if (tokens_up_to(low, 61) > 60)
        return opens_with_privacy_consent(low, phrases, *verbs);
    return verbs->has_any(words);
}

// The pieces one of which every consent notice holds (the cookie words, the privacy pieces), by their first two
// bytes: one pass over a line turns most lines away, where a search for each piece costs a call per piece.
class NoticePieces {
public:
    explicit NoticePieces(const LexiconSection* cookie_words) {
        groups_.emplace_back(); // 0: no piece opens with the byte
        auto add = [this](std::string_view p) {
            if (p.empty()) {
                always_ = true;
                return;
            }
            auto first = static_cast<unsigned char>(p[0]);
            if (group_of_[first] == 0) {
                group_of_[first] = static_cast<std::uint16_t>(groups_.size());
                groups_.emplace_back();
            }
            Group& g = groups_[group_of_[first]];
            if (p.size() == 1)
                g.second.set();
            else
                g.second.set(static_cast<unsigned char>(p[1]));
            g.pieces.emplace_back(p);
        };
        if (cookie_words != nullptr)
            for (const std::string_view c : cookie_words->entries)
                add(c);
        for (std::string_view p : privacy_pieces)
            add(p);
    }
    bool in(std::string_view low) const {
        if (always_)
            return true;
        for (std::size_t i = 0; i < low.size(); ++i) {
            std::uint16_t g = group_of_[static_cast<unsigned char>(low[i])];
            if (g == 0)
                continue;
            const Group& group = groups_[g];
            if (i + 1 < low.size() && !group.second.test(static_cast<unsigned char>(low[i + 1])))
                continue;
            const std::string_view rest = low.substr(i);
            for (const std::string& p : group.pieces)
                if (rest.starts_with(p))
                    return true;
        }
        return false;
    }

private:
    struct Group {
        std::bitset<256> second; // the second bytes of the pieces
        std::vector<std::string> pieces;
    };
    std::vector<Group> groups_;
    std::array<std::uint16_t, 256> group_of_{};
    bool always_ = false;
};

// is_consent_notice() of a line lower-cased, its text::words_lower() words and their count_tags().
bool consent_notice(std::string_view low, const auto& words, const TagCounts& n) {
    static const NoticePieces pieces(common_lexicon().section("consent_words"));
    // "We use cookies to improve your experience..." / "Ce site utilise des cookies afin de..."
    // (The common lexicon is built once: its sections are looked up once, not for every line.)
    static const LexiconSection* cookie_words = common_lexicon().section("consent_words");
    static const LexiconSection* context_words = common_lexicon().section("consent_context_words");
    if (cookie_words == nullptr || context_words == nullptr)
        return false;
    auto cookie_in_line = [&] {
        return std::any_of(cookie_words->entries.begin(), cookie_words->entries.end(),
                           [&low](const std::string_view c) { return low.find(c) != std::string::npos; });
    };
    // A paragraph of an article about tracking names cookies too, but among many other words: a banner
    // packs them, one in twenty words at least.
    const int key = n.count(cookie_word), context = n.count(consent_context);
    // (The words are looked up first: a line without a cookie word is a consent only with a verb of consent, and
    // most lines have neither.)
    if (key > 0 && cookie_in_line())
        return context >= 1 && (key + context) * 20 >= n.words;
    if (key == 0 && n.count(privacy_verb) == 0)
        return false;
    if (!pieces.in(low))
        return false;
    // Every word is a piece of the lower-cased line: no cookie word there, no cookie word among the words.
    if (!cookie_in_line())
        return privacy_consent(low, words);
    return key > 0 && context >= 1 && (key + context) * 20 >= n.words;
}

} // namespace

bool is_consent_notice(const Block& b) {
    return consent_notice(b.lower, b.lower_words(), count_tags(b));
}

bool is_consent_notice(std::string_view line) {
    const std::string low = text::lower(line);
    const auto words = text::words_lower(low);
    return consent_notice(low, words, count_tags(words));
}

namespace {

// The words of the phrase of `section` (promo_phrases, paywall_cuts) opening at word i of a line's
// text::words_lower() words, the first found; 0 for none (or no section).
int phrase_words_at(const auto& words, std::size_t i, const LexiconSection* section) {
    if (section == nullptr)
        return 0;
    for (const auto& p : section->phrases_from(words[i]))
        if (i + p.words.size() <= words.size() &&
            std::equal(p.words.begin(), p.words.end(), words.begin() + static_cast<std::ptrdiff_t>(i)))
            return static_cast<int>(p.words.size());
    return 0;
}

// The words of the phrases of `section` and of `also` (promo_phrases, paywall_cuts; `also` may be nullptr) among a
// line's text::words_lower() words, each phrase counted once where it opens. (One pass for both sections: a word's
// tags are looked up once.)
int phrase_words(const auto& words, const LexiconSection* section, const LexiconSection* also = nullptr) {
    int found = 0;
    if (section == nullptr && also == nullptr)
        return found;
    for (std::size_t i = 0; i < words.size(); ++i) {
        if ((notice_tags_of(words[i]) & promo_phrase_start) == 0)
            continue;
        found += phrase_words_at(words, i, section) + phrase_words_at(words, i, also);
    }
    return found;
}

// The prompt's key words ("newsletter", "abonnieren", "don") and context words ("free", "jetzt", "gratuit") among
// a line's text::words_lower() words, whose count_tags() are `tags`.
std::optional<NoticeWords> promo_words_of(const auto& words, const TagCounts& tags) {
    // (The common lexicon is built once: its sections are looked up once, not for every line.)
    static const LexiconSection* promo_words = common_lexicon().section("promo_words");
    static const LexiconSection* context_words = common_lexicon().section("promo_context_words");
    static const LexiconSection* phrases = common_lexicon().section("promo_phrases");
    static const LexiconSection* cuts = common_lexicon().section("paywall_cuts");
    if (promo_words == nullptr || context_words == nullptr)
        return std::nullopt;
    NoticeWords n{tags.count(promo_word), tags.count(promo_context), tags.words};
    // The words of a paywall's cut, and "Ihr Beitrag hilft, unsere Arbeit weiterhin kostenlos anzubieten.", "Cancela
    // cuando quieras.": an appeal for support or a subscription's terms in a phrase of common words, each of which
    // counts as a key word. Only lines with another prompt word are searched, from the words that open a phrase.
    if (n.key + n.context > 0 && n.words <= 60 && tags.count(promo_phrase_start) > 0)
        n.key += phrase_words(words, cuts, phrases);
    return n;
}

// is_promo_notice() of a line's text::words_lower() words and their count_tags().
bool promo_notice(const auto& words, const TagCounts& tags) {
    // "Sign up for our free weekly newsletter", "Jetzt kostenlos abonnieren und nichts mehr verpassen!",
    // "Soutenez un journalisme indépendant : faites un don": the page asks for an address, a subscription or money.
    // An article about newsletters or donations names them among many other words: a prompt packs them, one word
    // in six at least, and is a sentence or two (a longer line is settled before its words are looked up).
    if (words.size() > 60)
        return false;
    // (A prompt has a context word, and a phrase of promo_phrases adds key words only: most lines have none and are
    // settled here, before their words are read for phrases.)
    if (tags.count(promo_context) == 0)
        return false;
    auto n = promo_words_of(words, tags);
    return n && n->key > 0 && n->context >= 1 && (n->key + n->context) * 6 >= n->words && n->words <= 60;
}

} // namespace

bool is_promo_notice(const Block& b) {
    return b.lower_words().size() <= 60 && promo_notice(b.lower_words(), count_tags(b));
}

bool is_promo_notice(std::string_view line) {
    const auto words = text::words_lower(line);
    return words.size() <= 60 && promo_notice(words, count_tags(words));
}

bool is_consent_or_promo_notice(const Block& b, bool promo) {
    const TagCounts tags = count_tags(b);
    return consent_notice(b.lower, b.lower_words(), tags) ||
           (promo && b.lower_words().size() <= 60 && promo_notice(b.lower_words(), tags));
}

// "Update, July 3, 8:05AM: Added the harbour master's reply." / "Nachtrag (12.5.): Der Rat hat zugestimmt.": a note on
// a change to the article, an update word, a colon within its first words, then a sentence of three words or more.
bool update_note(std::string_view line) {
    line = text::trim(line);
    // (Its last byte first: most lines are settled without a search for the colon.)
    if (line.empty() || line.back() != '.')
        return false;
    auto colon = line.find(':');
    if (colon == std::string_view::npos || colon > 60)
        return false;
    if (tokens_up_to(line.substr(colon + 1), 3) < 3)
        return false;
    std::string low = text::lower(line.substr(0, colon));
    for (const auto& word : common_lexicon().list("update_notes")) {
        if (low.rfind(word, 0) == 0 &&
            (low.size() == word.size() || !text::is_letter(static_cast<unsigned char>(low[word.size()]))))
            return true;
    }
    return false;
}

// "Abo", "Abonnés", "Premium", "BZ+": a subscribers' badge of one word (lexicon section subscriber_badge_words, or a
// word closed by a plus sign), printed alone on its line over the article's head or its text.
bool subscriber_badge(const Block& b) {
    const std::size_t most_bytes = 16;
    if (b.words != 1 || b.lower.size() > most_bytes || b.end_punct) // (most lines: the word count first)
        return false;
    const std::string_view word = text::trim(b.lower);
    if (word.size() >= 2 && word.back() == '+')
        return true;
    static const LexiconSection* badges = common_lexicon().section("subscriber_badge_words"); // (looked up once)
    return badges != nullptr && badges->has(word);
}

bool rating_line(const Block& b) {
    // "Note: 2,1 (gut)", "Verdict: 4/5", "Rating: 8.5/10", "Note : 16/20": a review's score under its last paragraph,
    // a label of a word or two (its last one in the lexicon's section rating_label_words) and a colon, then a number.
    // (A line of eight words at most with a digit and a colon near its start; its words are read only then.)
    const int most_words = 8;
    const std::size_t most_label = 24; // bytes: "Unsere Gesamtnote"
    const std::string_view t = b.text;
    if (b.digits == 0 || b.words > most_words) // (the counts first: most lines are settled without a search)
        return false;
    const std::size_t colon = t.find(':');
    if (colon == std::string_view::npos || colon == 0 || colon > most_label)
        return false;
    const std::string_view score = text::trim(t.substr(colon + 1));
    if (score.empty() || !text::is_digit(static_cast<unsigned char>(score.front())))
        return false;
    const auto label = text::split_ws(text::trim(t.substr(0, colon)));
    const std::size_t most_label_words = 2;
    if (label.empty() || label.size() > most_label_words)
        return false;
    static const LexiconSection& labels = any_language_section("rating_label_words"); // (merged once)
    return labels.has(text::lower(label.back()));
}

namespace {
// reading_left_line() of a line's text, its text::words_lower() words and white-space tokens.
bool reading_left_of(std::string_view text, const auto& words, std::size_t tokens) {
    // "Il vous reste 62 % de cet article à lire.", "Sie haben 40 % des Artikels gelesen", "You have 3 free articles
    // left", "Te queda el 70 % de este artículo", "Ti resta da leggere il 60%": the paywall's count of what the reader
    // has left (or has read) of the article, or of the free articles. A short line addressing the reader (lexicon
    // section reading_left_reader_words) with a word of what is left or read (reading_left_words), and either a share
    // ("%") of the article (reading_left_article_words) or to read, or free articles (reading_left_free_words) counted.
    // "Il vous reste 30 % à payer." counts money, "You can read Article 50 of the treaty here." names a law's article:
    // neither is a paywall's.
    // (The counts first: most lines have no figure or too many words, and are settled before a word is read.)
    const std::size_t most_words = 16, least_words = 3;
    if (tokens > most_words || tokens < least_words || !text::has_ascii_digit(text))
        return false;
    static const LexiconSection* readers = common_lexicon().section("reading_left_reader_words");
    static const LexiconSection* left = common_lexicon().section("reading_left_words");
    static const LexiconSection* articles = common_lexicon().section("reading_left_article_words");
    static const LexiconSection* free_words = common_lexicon().section("reading_left_free_words");
    static const LexiconSection* reading = common_lexicon().section("reading_left_verb_words");
    if (readers == nullptr || left == nullptr || articles == nullptr || free_words == nullptr || reading == nullptr)
        return false;
    if (!left->has_any(words))
        return false;
    // "Pozostało 72% artykułu", "Restante : 60 % de l'article": a label of a few words counting the share of the
    // article left, with no reader addressed and no stop (a sentence with no reader, "Remaining 40% of the articles
    // were sold.", tells something else).
    const std::size_t most_label = 5;
    if (!readers->has_any(words))
        return tokens <= most_label && text.back() != '.' && text.find('%') != std::string::npos &&
               articles->has_any(words);
    if (text.find('%') == std::string::npos)
        return free_words->has_any(words) && articles->has_any(words);
    return articles->has_any(words) || reading->has_any(words);
}

} // namespace

namespace {
// closing_notice() of a line's first 61 text::words_lower() words (all of them when it has fewer), the line ending in
// `last`.
bool closing_prompt(const auto& words, const TagCounts& tags, char last) {
    auto n = promo_words_of(words, tags);
    if (!n || n->words > 60 || n->key + n->context < 2)
        return false;
    bool call = last == '!';
    if (n->key > 0)
        return (n->key + n->context) * 12 >= n->words;
    return (n->context >= 3 || call) && n->context * 6 >= n->words;
}
} // namespace

namespace {
// "The Associated Press is an independent global news organization dedicated to factual reporting.", "Reuters, the
// news and media division of Harbour Group, is the world's largest multimedia news provider.", "Die Deutsche
// Presse-Agentur (dpa) ist eine unabhängige Nachrichtenagentur.": under a wire story, the agency describing itself. A
// line of sixty words at most (`low` lower-cased, `words` its first words) whose subject names an agency (lexicon
// sections agencies, agency_full_names) in its first words, then a verb of being (outlet_profile_verb_words: "is",
// "ist", "est", "jest") and after it what the agency is (outlet_profile_phrases: "news organization",
// "nachrichtenagentur", "agence de presse"). "AFP news agency said twelve people died." is the article's: no verb of
// being after its subject; "The minister is a former news agency editor." names no agency before its verb.
bool outlet_profile(std::string_view low, const auto& words) {
    const std::size_t least_words = 6, most_words = 60, most_subject = 12, most_name = 4;
    if (words.size() < least_words || words.size() > most_words)
        return false;
    static const LexiconSection& verbs = any_language_section("outlet_profile_verb_words"); // (merged once)
    static const LexiconSection& phrases = any_language_section("outlet_profile_phrases");
    std::size_t verb = 1;
    while (verb < std::min(words.size(), most_subject) && !verbs.has(words[verb]))
        ++verb;
    if (verb >= std::min(words.size(), most_subject))
        return false;
    // An agency's spelling of one word, or its full name of two to four, among the subject's words.
    bool agency = false;
    std::string name;
    for (std::size_t from = 0; from < verb && !agency; ++from) {
        name.clear();
        for (std::size_t k = from; k < verb && k < from + most_name && !agency; ++k) {
            name += (k > from ? " " : "");
            name += words[k];
            agency = agency_id_of_lowered(name) != nullptr;
        }
    }
    if (!agency)
        return false;
    // (What the agency is, after the verb: the line's bytes from the verb's first print between two spaces on, no
    // earlier word being one of the verbs. Built with no string joined: GCC's -Wrestrict misreads a join at -O3.)
    const std::size_t after = spaced_word_at(low, words[verb]);
    return after != std::string_view::npos &&
           std::any_of(phrases.entries.begin(), phrases.entries.end(),
                       [&](std::string_view phrase) { return whole_words_at(low.substr(after), phrase); });
}
} // namespace

bool verdict_row(const Block& above, const Block& b) {
    // (Six words at most: "Prijs: 129 euro", "Erhältlich ab: 12. März 2026"; a sentence closed by a stop is text.)
    const int most_words = 6;
    return b.digits > 0 && b.words <= most_words && !b.end_punct && b.text.find(": ") != std::string::npos &&
           table_row(b) && rating_line(above);
}

bool closing_notice(std::string_view line) {
    // "Lust auf mehr? Die besten Storys jede Woche in deinem Posteingang.", "Already a subscriber? Log in for
    // immediate access.": after the article's last paragraph, a key word and another word of a prompt are enough,
    // one word in twelve (within the article a sentence needs more of them, see is_promo_notice). Without a key
    // word, a prompt packs context words: three ("Sign up for a free account to get the latest news"), or two in a
    // call ending in "!" ("Jetzt einfach hier klicken und registrieren!"); "The report is due next month, the
    // council said today." has two.
    // (A line of more than 60 words is no prompt: its 61st word settles it, the rest is not read.)
    // A paywall's count of what is left to read closes the free text too (reading_left_line()).
    // The agency's description of itself under a wire story closes it too (outlet_profile()).
    std::string_view t = text::trim(line);
    const auto words = text::words_lower(line, 61);
    return closing_prompt(words, count_tags(words), t.empty() ? ' ' : t.back()) ||
           (words.size() <= 16 && reading_left_of(t, words, tokens_up_to(t, 17))) ||
           (words.size() <= 60 && !t.empty() && t.back() == '.' && outlet_profile(text::lower(t), words));
}

bool closing_notice(const Block& b) {
    // (A line of more than 60 words is no prompt; the block's text is trimmed already, its words' tags counted.)
    return b.lower_words().size() <= 60 &&
           (closing_prompt(b.lower_words(), count_tags(b), b.text.empty() ? ' ' : b.text.back()) ||
            reading_left_line(b) || (b.end_punct && b.text.back() == '.' && outlet_profile(b.lower, b.lower_words())));
}

bool reading_left_line(const Block& b) {
    // (The block's counts first: most lines have no figure or too many words.)
    return b.digits > 0 && b.words <= 16 && reading_left_of(b.text, b.lower_words(), static_cast<std::size_t>(b.words));
}

bool paywall_cut(const Block& b) {
    // "Il vous reste 65 % de cet article à lire. La suite est réservée aux abonnés.": a prompt naming the
    // subscribers the rest of the article is for (lexicon section paywall_cuts), or a count of what is left to read
    // (reading_left_line()).
    // (Asked of every line under the article's first paragraph: a prompt has a key or context word and a cut's
    // phrase its first word, tags segment counted, which settle most lines before any word is read.)
    if (reading_left_line(b))
        return true;
    static const LexiconSection* cuts = common_lexicon().section("paywall_cuts");
    const TagCounts tags = count_tags(b);
    if (tags.count(promo_word) + tags.count(promo_context) == 0 || tags.count(promo_phrase_start) == 0)
        return false;
    return phrase_words(b.lower_words(), cuts) > 0 && closing_notice(b);
}

std::size_t spaced_word_at(std::string_view s, std::string_view word) {
    std::size_t at = s.find(word);
    while (at != std::string_view::npos &&
           !(at > 0 && s[at - 1] == ' ' && at + word.size() < s.size() && s[at + word.size()] == ' '))
        at = s.find(word, at + 1);
    return at;
}

bool whole_words_at(std::string_view low, std::string_view phrase) {
    auto letter = [](char c) {
        auto u = static_cast<unsigned char>(c);
        return u >= 0x80 || std::isalnum(u) != 0;
    };
    for (std::size_t at = low.find(phrase); at != std::string_view::npos; at = low.find(phrase, at + 1)) {
        std::size_t end = at + phrase.size();
        if ((at == 0 || !letter(low[at - 1])) && (end == low.size() || !letter(low[end])))
            return true;
    }
    return false;
}

namespace {

// A phrase of the section in `low` as whole words, `pairs` its byte pairs.
bool names_phrase_of(const BytePairs& pairs, std::string_view low, const LexiconSection& section) {
    return std::any_of(section.entries.begin(), section.entries.end(), [&](const std::string_view phrase) {
        return pairs.may_hold(phrase) && whole_words_at(low, phrase);
    });
}

// A license notice has 60 white-space tokens at most.
constexpr std::size_t most_license_words = 60;

// license_notice() of a line's text::lower(text::collapse(line)), the line having `tokens` white-space tokens (counted
// up to most_license_words + 1).
bool license_notice_of(std::string_view low, std::size_t tokens) {
    // "All texts on this blog are licensed under a Creative Commons license.", "Die Inhalte dieser Website stehen
    // unter einer Creative-Commons-Lizenz.": the site's license under its pages. A license and what it covers: the
    // site, its texts ("The library is licensed under the MIT license." tells about software, not the page).
    if (tokens > most_license_words)
        return false;
    // (The line's byte pairs settle most phrases without a search: a line of 60 words is gathered in one pass.)
    const BytePairs pairs(low, low.size());
    // (Each language's sections, merged once and never changed: looked up once, not for every line.)
    static const LexiconSection& phrases = any_language_section("license_phrases");
    static const LexiconSection& subjects = any_language_section("license_subjects");
    return names_phrase_of(pairs, low, phrases) && names_phrase_of(pairs, low, subjects);
}
} // namespace

bool license_notice(std::string_view line) {
    // (The tokens are counted first: a line too long for a notice is turned away before it is collapsed and
    // lower-cased.)
    const std::size_t tokens = tokens_up_to(line, most_license_words + 1);
    if (tokens > most_license_words)
        return false;
    return license_notice_of(text::lower(text::collapse(line)), tokens);
}

bool license_notice(const Block& b) {
    // (A block's text is collapsed already, and segment() counted its tokens: the line is not read for them again.)
    return license_notice_of(b.lower, static_cast<std::size_t>(b.words));
}

namespace {
// A line of 4 to `most_words` words naming a word of `words_section` and a phrase of `phrases` as whole words. (The
// word, looked up among the line's words, settles most lines before a phrase is searched.)
bool word_and_phrase(const Block& b, std::size_t most_words, const LexiconSection& words_section,
                     const LexiconSection& phrases) {
    const auto& words = b.lower_words();
    if (words.size() < 4 || words.size() > most_words || !words_section.has_any(words))
        return false;
    const BytePairs pairs(b.lower, b.lower.size());
    return names_phrase_of(pairs, b.lower, phrases);
}
} // namespace

bool opinion_disclaimer(const Block& b) {
    // "The views expressed are the author's own.", "Les opinions exprimées n'engagent que leur auteur.", "Tekst wyraża
    // opinię autora, a nie redakcji.": the notice under an opinion piece that it speaks for its writer, not the paper.
    // A phrase of an opinion (lexicon section disclaimer_phrases) and a word of its holder (disclaimer_holder_words),
    // in a line of a sentence or two.
    const std::size_t most_words = 40;
    static const LexiconSection& holders = any_language_section("disclaimer_holder_words"); // (merged once)
    static const LexiconSection& phrases = any_language_section("disclaimer_phrases");
    if (word_and_phrase(b, most_words, holders, phrases))
        return true;
    // "Os textos de opinião não refletem necessariamente a opinião do jornal.", "... non riflettono necessariamente
    // la linea del giornale.": the holder is the paper. A word for the paper (disclaimer_paper_words, looked up
    // first), a phrase of its opinion or line (disclaimer_paper_phrases) and a phrase of an opinion: "..., disse ao
    // jornal a diretora." names the paper as a source, not as a holder.
    static const LexiconSection& papers = any_language_section("disclaimer_paper_words");
    static const LexiconSection& lines = any_language_section("disclaimer_paper_phrases");
    return word_and_phrase(b, most_words, papers, lines) &&
           names_phrase_of(BytePairs(b.lower, b.lower.size()), b.lower, phrases);
}

bool advice_disclaimer(const Block& b) {
    const std::size_t most_words = 40;
    static const LexiconSection& advice = any_language_section("advice_disclaimer_words"); // (merged once)
    static const LexiconSection& phrases = any_language_section("advice_disclaimer_phrases");
    return word_and_phrase(b, most_words, advice, phrases);
}

// "Letters should be no longer than 250 words.", "The Chronicle reserves the right to edit letters.", "Have something
// to say? Send a letter to the editor.", "Die Redaktion behält sich vor, Leserbriefe zu kürzen.", "La rédaction se
// réserve le droit de raccourcir les lettres.": a letters page's rules and its call for letters, under the letters or
// an editorial. A reader's letter named (lexicon section letters_words) and a phrase of the page's rules or call
// (letters_notice_phrases), in a line of a sentence or three; "In a letter to the council, she asked for a vote." names
// no such phrase. (The letter's word, looked up among the words, settles most lines before a phrase is searched.)
bool letters_notice(const Block& b) {
    const std::size_t most_words = 40;
    static const LexiconSection& letters = any_language_section("letters_words"); // (merged once)
    static const LexiconSection& phrases = any_language_section("letters_notice_phrases");
    return word_and_phrase(b, most_words, letters, phrases);
}

// "Produced by ElevenLabs using AI narration.", "Dieser Artikel wurde mit einer KI-Stimme vertont.", "Cet article est
// lu par une voix de synthèse.": the note on how the read-aloud recording of the article was made, printed under its
// player: a word of reading aloud (lexicon section narration_words) and a phrase of a machine's voice
// (narration_phrases), in a line of twenty words at most. (The word, looked up among the words, settles most lines.)
bool narration_note(const Block& b) {
    const int least_words = 3, most_words = 20;
    if (b.words < least_words || b.words > most_words)
        return false;
    const auto& words = b.lower_words();
    static const LexiconSection& narration = any_language_section("narration_words"); // (merged once)
    static const LexiconSection& phrases = any_language_section("narration_phrases");
    if (!narration.has_any(words))
        return false;
    return std::any_of(phrases.entries.begin(), phrases.entries.end(),
                       [&](std::string_view phrase) { return whole_words_at(b.lower, phrase); });
}

// "Members of the board are publisher Tom Ash and editor Mia Roe.", "Le comité éditorial est composé de ...": the line
// naming the editorial board, opening with a phrase of the lexicon section board_member_openers, a sentence or two.
// Only next to the board's disclaimer is it a notice (the caller's test): alone it may be the article's.
bool board_members_line(const Block& b) {
    const int most_words = 40;
    if (b.words < 4 || b.words > most_words)
        return false;
    static const LexiconSection& openers = any_language_section("board_member_openers"); // (merged once)
    return std::any_of(openers.entries.begin(), openers.entries.end(), [&](std::string_view phrase) {
        return b.lower.size() > phrase.size() && b.lower.compare(0, phrase.size(), phrase) == 0 &&
               !text::is_letter(static_cast<unsigned char>(b.lower[phrase.size()]));
    });
}

// "Report an error", "Fehler gefunden?", "Vous avez repéré une erreur ?", "Los invitamos a reportar errores de
// contenido.": the prompt under the article asking the reader to report its errors (lexicon sections
// error_report_words, error_report_verb_words, error_report_finding_words, error_report_invitation_words). An error
// and a verb of reporting it, in a button of a few words, a question or an invitation, or a verb of finding it in a
// question: a sentence of the article on an error found ("The auditors found an error in the accounts.") is none of
// them, nor is an apology ("Bitte entschuldigt den Fehler, falls ihr ihn gefunden habt").
bool error_report_notice(const Block& b) {
    const std::size_t most_words = 60, most_button = 8;
    const auto& words = b.lower_words();
    if (words.size() < 2 || words.size() > most_words)
        return false;
    static const LexiconSection& errors = any_language_section("error_report_words");
    static const LexiconSection& verbs = any_language_section("error_report_verb_words");
    static const LexiconSection& finding = any_language_section("error_report_finding_words");
    static const LexiconSection& invitations = any_language_section("error_report_invitation_words");
    if (!errors.has_any(words))
        return false;
    const bool question = b.text.find('?') != std::string::npos;
    if (verbs.has_any(words))
        return words.size() <= most_button || question || invitations.has_any(words);
    return question && finding.has_any(words);
}

namespace {
// `phrase` (lower-cased, with straight apostrophes) at `at` in `low`, as whole words; a typographic apostrophe in `low`
// stands for a straight one.
bool phrase_opens_at(std::string_view low, std::size_t at, std::string_view phrase) {
    static constexpr std::string_view curly = "\u2019";
    for (const char c : phrase) {
        if (at < low.size() && low[at] == c) {
            ++at;
        } else if (c == '\'' && low.substr(at, curly.size()) == curly) {
            at += curly.size();
        } else {
            return false;
        }
    }
    return at == low.size() || !text::is_letter(static_cast<unsigned char>(low[at]));
}

// The phrases of a lexicon section, in every language, by their first byte: a sentence's first byte settles most
// lines before any phrase is compared.
using PhrasesByFirst = std::array<std::vector<std::string_view>, 256>;
PhrasesByFirst phrases_by_first(std::string_view section) {
    PhrasesByFirst buckets;
    for (const std::string_view phrase : any_language_section(section).entries)
        if (!phrase.empty())
            buckets[static_cast<unsigned char>(phrase.front())].push_back(phrase);
    return buckets;
}

// A phrase of `by_first` opens the lower-cased line `low` at byte `at`.
bool notice_opens_at(std::string_view low, std::size_t at, const PhrasesByFirst& by_first) {
    if (at >= low.size())
        return false;
    for (const std::string_view phrase : by_first[static_cast<unsigned char>(low[at])])
        if (phrase_opens_at(low, at, phrase))
            return true;
    return false;
}
} // namespace

// "This is a developing story. Check back for updates.", "Mehr in Kürze.", "Article en cours d'actualisation.",
// "Notizia in aggiornamento", "Noticia en ampliación": the page's notice that the story is in progress or that more
// will follow (lexicon section progress_notices), opening the line, its second sentence or the text after a colon
// ("Update: this story will be updated."), in a short line. A
// sentence of the article that tells of a story being developed ("The council said the story of the bridge is still
// developing.") opens otherwise. So is a live page's closing note that the coverage has ended ("Merci d'avoir suivi ce
// direct. Retrouvez …", "This live blog has now ended.", "Grazie per averci seguito": live_closing_notes), opening a
// line of thirty words at most: its phrases name the live coverage or thank its readers for following it.
bool progress_notice(const Block& b) {
    const int most_words = 16, most_closing_words = 30;
    // (The block's word count first: most lines of a page are longer.)
    if (b.words < 2 || b.words > most_closing_words)
        return false;
    static const PhrasesByFirst progress = phrases_by_first("progress_notices");
    static const PhrasesByFirst closing = phrases_by_first("live_closing_notes");
    const std::string_view low = b.lower;
    if (notice_opens_at(low, 0, closing))
        return true;
    if (b.words > most_words)
        return false;
    if (notice_opens_at(low, 0, progress))
        return true;
    // The second sentence's first letter (or the first after a label's colon): past the first mark and the spaces.
    std::size_t at = 0;
    while (at < low.size() && low[at] != '.' && low[at] != '!' && low[at] != '?' && low[at] != ':')
        ++at;
    while (at < low.size() && (low[at] == '.' || low[at] == '!' || low[at] == '?' || low[at] == ':' || low[at] == ' '))
        ++at;
    return notice_opens_at(low, at, progress);
}

// "Elena Park contributed to this report.", "Associated Press writer Lena Ortiz in Denver contributed to this report.",
// "Hanno collaborato Anna Bianchi e Luca Verdi", "Con la colaboración de Ana Ruiz": the note under the text naming
// the people who helped its author, a short line closed by a phrase of the lexicon section contribution_closers or
// opened by one of contribution_openers, and names (words in capitals, joined by small words) on its other side. A
// sentence telling of a contribution ("The council contributed to this report's findings last year.") has small
// words around it.
bool contribution_note(const Block& b) {
    const int most_words = 20, most_names = 12;
    if (b.words < 3 || b.words > most_words || b.urls > 0 || b.text.empty() || b.text.back() == '?' ||
        b.text.back() == '!' || b.text.back() == ':')
        return false;
    static const LexiconSection& closers = any_language_section("contribution_closers"); // (merged once)
    static const LexiconSection& openers = any_language_section("contribution_openers");
    std::string_view low = b.lower;
    while (!low.empty() && low.back() == '.')
        low.remove_suffix(1);
    // The names' side: its first word in capitals, half of its words at least, none closed by a stop.
    auto names = [](std::string_view side) {
        const auto tokens = text::split_ws(side, most_names + 1);
        if (tokens.empty() || tokens.size() > static_cast<std::size_t>(most_names) || !text::starts_upper(tokens[0]))
            return false;
        const auto capitals =
            std::count_if(tokens.begin(), tokens.end(), [](std::string_view t) { return text::starts_upper(t); });
        return static_cast<std::size_t>(capitals) * 2 >= tokens.size();
    };
    std::string_view text = b.text;
    while (!text.empty() && text.back() == '.')
        text.remove_suffix(1);
    // (Lower-casing kept the bytes of the phrases' letters when both sides have the same size.)
    if (low.size() != text.size())
        return false;
    for (const std::string_view phrase : closers.entries)
        if (low.size() > phrase.size() + 1 && low.ends_with(phrase) && low[low.size() - phrase.size() - 1] == ' ')
            return names(text.substr(0, text.size() - phrase.size() - 1));
    for (const std::string_view phrase : openers.entries)
        if (low.size() > phrase.size() + 1 && low.starts_with(phrase) &&
            (low[phrase.size()] == ' ' || low[phrase.size()] == ':')) {
            std::string_view rest = text.substr(phrase.size());
            while (!rest.empty() && (rest.front() == ' ' || rest.front() == ':'))
                rest.remove_prefix(1);
            return names(rest);
        }
    return false;
}

// "(This story has not been edited by Harbour News staff and is auto-generated from a syndicated feed.)", "Dieser
// Artikel wurde automatisch aus einem Agenturfeed erstellt.", "Cet article a été généré automatiquement à partir d'un
// fil d'agence.": the publisher's note that the text comes from a feed, not edited by its staff: a line opening (after
// a parenthesis or an asterisk) with the text named as such (lexicon section feed_note_subjects: "this story", "dieser
// Artikel", "cet article") and holding a phrase of the feed or of the missing edit (feed_note_phrases), forty words at
// most. A sentence of an article on a feed names it otherwise ("The agency's feed was auto-generated for years.").
// (A note on where the text was first published, "This article originally appeared on ...", stays the text's: the
// corpus's gold keeps it.)
bool feed_note(const Block& b) {
    const int least_words = 4, most_words = 40;
    if (b.words < least_words || b.words > most_words)
        return false;
    static const LexiconSection& subjects = any_language_section("feed_note_subjects"); // (merged once)
    static const LexiconSection& phrases = any_language_section("feed_note_phrases");
    std::string_view low = b.lower;
    while (!low.empty() && (low.front() == '(' || low.front() == '*' || low.front() == '[' || low.front() == ' '))
        low.remove_prefix(1);
    // (opens_with_entry() turns most lines away on their first byte; no subject opens another, so the longest one
    // found is the only one, and the subject must go on into the note's words.)
    const std::size_t subject = opens_with_entry(subjects, low);
    const bool named = subject != 0 && subject < low.size() && low[subject] == ' ';
    return named && std::any_of(phrases.entries.begin(), phrases.entries.end(),
                                [&](std::string_view phrase) { return whole_words_at(low, phrase); });
}

} // namespace archive
