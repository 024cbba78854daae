// The edges of the article's region that join it: the short lines closing the text under its last paragraph (the short
// sentences closing the article, a brief's, a figure's, a report's or a time's, the closing section under its heading,
// an interview's last questions and answers) and the author's farewell and sign-off. The text going on past a box, a
// picture or a player is in region_past_boxes.cpp, the lists and facts under the text in region_facts.cpp; the lines at
// its ends that leave it, and trim_region(), in region_edges.cpp.
#include "advice_disclaimers.hpp"
#include "classify.hpp"
#include "page.hpp"
#include "region_parts.hpp"
#include "cut_sentences.hpp"
#include "sections_parts.hpp"

#include "clock_times.hpp"
#include "dates.hpp"
#include "lexicon.hpp"
#include "text.hpp"

#include <algorithm>
#include <string>
#include <utility>

namespace archive {

// "... a souligné la maire. / L'opposition a voté contre. / Elle juge le projet trop coûteux.", "... sagte die
// Ministerin. / Die Lücke bleibt gross.": a sentence of three or four words under the article's last line is too short
// for short_sentence() (five words at least); it closes the text all the same when it reads as one: a capital first,
// a full stop last and nothing else that parts it (no colon, link or separator), a quarter of its words stopwords.
// "Read the rest here.", "Defendé tu voz.", "Folgen Sie uns.": a call to the reader is no sentence of the text (a
// word of [imperative_words], the reader addressed, [reader_person_words], or a call to follow the site,
// site_call()).
namespace {
// A word of a call to the reader: an imperative ([imperative_words]), the reader addressed ([reader_person_words]).
bool reader_call_word(std::string_view w) {
    // (Each language's sections, merged once and never changed.)
    static const LexiconSection& imperatives = any_language_section("imperative_words");
    static const LexiconSection& persons = any_language_section("reader_person_words");
    return imperatives.has(w) || persons.has(w);
}

// "Follow us on X.", "Suivez-nous sur Facebook.", "Leave a comment.", "Subscribe now.": a line calling the reader to
// follow, share or answer the site. A call word ([reader_call_words]) makes one beside the channel it goes through
// ([reader_channel_words]) or opening a line of four words at most, a button's. "Plusieurs villages veulent
// maintenant suivre cet exemple.", "Der Plan gefällt nicht allen.", "Towns like Kelmport flood.", "Follow the
// county's official channels.": the same verbs in a sentence naming no channel are the text's. (The reader addressed,
// "Folgen Sie uns.", is a call by reader_call_word().)
bool site_call(text::Words words) {
    const std::size_t most_button = 4;
    // (Each language's sections, merged once and never changed.)
    static const LexiconSection& calls = any_language_section("reader_call_words");
    static const LexiconSection& channels = any_language_section("reader_channel_words");
    if (words.empty() || !calls.has_any(words))
        return false;
    return (words.size() <= most_button && calls.has(words[0])) || channels.has_any(words);
}

// A call to the reader in the line: a word of reader_call_word() or a call of site_call().
bool reader_call(text::Words words) {
    return std::any_of(words.begin(), words.end(), reader_call_word) || site_call(words);
}
} // namespace

bool terse_sentence(const Block& b, std::string_view language) {
    const int least_words = 3, most_words = 4;
    if (b.words < least_words || b.words > most_words || !b.end_punct || b.urls > 0 || b.separators > 0 ||
        b.text.back() != '.' || b.text.find(':') != std::string::npos || !text::starts_upper(b.text))
        return false;
    const auto& words = b.lower_words();
    if (reader_call(words))
        return false;
    return stopword_density_of(b.stopword_hits(), words.size(), language) >= 0.25;
}

// "... sagte die Ministerin. / Die Lücke bleibt gross.": the terse sentence closing the region (terse_sentence()), one
// of its last two lines under a line that ends a sentence, is a paragraph of the text however few words it has.
bool terse_closing_sentence(const Page& p, std::size_t k, std::size_t re) {
    const std::size_t most_from_end = 1;
    if (k == 0 || k > re || !p.blocks[k - 1].end_punct || !terse_sentence(p.blocks[k], p.language))
        return false;
    // "... übernehmen. / Das Haus wird verkauft. / Die Gemeinde bedauert den Entscheid. / Video / ... / <text>": in a
    // run of short sentences the region goes on under (a box between them and its text), a terse one over another
    // short sentence is text as it is at the region's end.
    const Block* next = k + 1 <= re ? &p.blocks[k + 1] : nullptr;
    return re - k <= most_from_end ||
           (next != nullptr && (short_sentence(*next, p.language) || terse_sentence(*next, p.language)));
}

// "Die Lücke beträgt rund zwölf Milliarden Euro.", "Le déficit atteint 1,2 milliard de francs.", "Deficyt wynosi 12
// mld zł.": a short sentence stating a figure is mostly nouns and numbers, few of its words stopwords, and reads as a
// sentence all the same: a figure (a digit, a number in words [cardinal_words], a word of magnitude
// [magnitude_words]), a word in lower case that is none of these (its verb), no colon ("Preis: 12 Euro pro
// Ausgabe."), no call to the reader ([imperative_words], [reader_call_words], [reader_person_words]) and no word of an
// offer ("Jetzt 3 Monate für 1 Euro testen.": common [promo_words], [promo_context_words]).
namespace {
// Whether `word` stands in `line` as it is, right after a space.
bool printed_after_space(std::string_view line, std::string_view word) {
    for (std::size_t at = line.find(word); at != std::string_view::npos; at = line.find(word, at + 1))
        if (at > 0 && line[at - 1] == ' ')
            return true;
    return false;
}

// A word of an offer ("Jetzt 3 Monate für 1 Euro testen.": common [promo_words], [promo_context_words]).
bool offer_word(std::string_view w) {
    static const LexiconSection* promos = common_lexicon().section("promo_words"); // (looked up once)
    static const LexiconSection* offers = common_lexicon().section("promo_context_words");
    return (promos != nullptr && promos->has(w)) || (offers != nullptr && offers->has(w));
}

// A short line of plain prose: `least` to `most` words, a capital first, a full stop last, nothing that parts it (a
// link, a separator, a colon but a clock's: "at 11:20am", a colon between two figures, tells the time; any other parts
// a label from its text).
bool plain_sentence(const Block& b, int least, int most) {
    // ("Der Bruder des Ministers teilt trotz Streit...": a teaser's title cut by dots is no sentence.)
    if (b.words < least || b.words > most || !b.end_punct || b.urls > 0 || b.separators > 0 || b.text.back() != '.' ||
        !text::starts_upper(b.text) || b.text.ends_with(".."))
        return false;
    for (std::size_t at = b.text.find(':'); at != std::string::npos; at = b.text.find(':', at + 1))
        if (at == 0 || at + 1 >= b.text.size() || !text::is_digit(static_cast<unsigned char>(b.text[at - 1])) ||
            !text::is_digit(static_cast<unsigned char>(b.text[at + 1])))
            return false;
    return true;
}
} // namespace

bool figure_sentence(const Block& b, std::string_view language) {
    const int least_words = 5, most_words = 14;
    if (b.words < least_words || b.words > most_words || !b.end_punct || b.urls > 0 || b.separators > 0 ||
        !text::starts_upper(b.text))
        return false;
    if (b.text.find(':') != std::string::npos || block_quality(b, language) != Quality::short_)
        return false;
    // (Each language's sections, merged once and never changed.)
    static const LexiconSection& cardinals = any_language_section("cardinal_words");
    static const LexiconSection& magnitudes = any_language_section("magnitude_words");
    const auto& words = b.lower_words();
    if (reader_call(words) || std::any_of(words.begin(), words.end(), offer_word))
        return false;
    // (The verb: a word of three letters or more printed in lower case, found as it is in the line after a space.)
    bool figure = b.digits > 0, verb = false;
    for (std::string_view w : words) {
        const bool counted = cardinals.has(w) || magnitudes.has(w);
        figure = figure || counted;
        verb = verb || (!counted && w.size() >= 3 && !text::is_digit(static_cast<unsigned char>(w.front())) &&
                        printed_after_space(b.text, w));
    }
    return figure && verb;
}

// "... über den Haushalt. / Die Lücke beträgt rund zwölf Milliarden Euro. / Das könnte Sie auch interessieren / <a
// teaser's title> / Der Finanzminister will ...": a short sentence stating a figure (figure_sentence()) under a
// paragraph rated good, with another one lower in the region (a box between them at most), is text of the article.
// (Past the last paragraph, a line of figures is no text the page vouches for.)
bool figure_between_paragraphs(const Page& p, std::size_t k, std::size_t rs, std::size_t re) {
    if (k <= rs || k >= re || p.raw_quality[k - 1] != Quality::good)
        return false;
    bool below = false;
    for (std::size_t j = k + 1; j <= re && !below; ++j)
        below = p.raw_quality[j] == Quality::good;
    return below && figure_sentence(p.blocks[k], p.language);
}

// "Die Polizei ermittelt. / Zeugen sollen sich melden.", "Zdaniem burmistrza to dobra wiadomość.", "—Es lo que hay
// —dice Carmen.", "Seven members backed the plan.": a brief's paragraph of one short sentence. jusText's thresholds,
// tuned on long pages, rate it short or bad; in a brief it is how the text goes on. Three to sixteen words, a capital
// first (after a dialogue's dash), a full stop last, nothing that parts it (colon, link, separator), a stopword and a
// word in lower case, no call to the reader and no offer.
bool brief_sentence(const Block& b, std::string_view language) {
    const int least_words = 3, most_words = 16, most_incises = 2;
    // ("Der Bruder des Ministers teilt trotz Streit...", "Le maire veut suivre la voie de...": a title cut by dots, a
    // teaser's, is no sentence of the text.)
    if (b.words < least_words || b.words > most_words || !b.end_punct || b.urls > 0 || b.digits > 0 ||
        b.text.back() != '.' || b.text.find(':') != std::string::npos || b.text.ends_with(".."))
        return false;
    // ("—Nos vamos con pena —añade su marido.": a dialogue's line opens with its dash, and the dash before the verb
    // of saying parts nothing.)
    std::string_view start = b.text;
    bool dialogue = false;
    for (std::string_view dash : {"\u2014", "\u2013"})
        if (start.substr(0, dash.size()) == dash) {
            start = text::trim(start.substr(dash.size()));
            dialogue = true;
            break;
        }
    if (b.separators > (dialogue ? most_incises : 0) || start.empty() || !text::starts_upper(start))
        return false;
    // (A stopword, or a number in words: "Budowa trwała dwa lata.". A line of digits, "Corn eased 0.2%, while soybeans
    // were flat.", is a line of figures, no text the page vouches for past its last paragraph.)
    static const LexiconSection& cardinals = any_language_section("cardinal_words"); // (merged once)
    const auto& words = b.lower_words();
    bool lower = false, figure = false;
    // (A dialogue's "we" is its speaker's, "—Nos vamos con pena.": the reader is addressed by the page's own lines.)
    static const LexiconSection& persons = any_language_section("reader_person_words"); // (merged once)
    if (site_call(words))
        return false;
    for (std::string_view w : words) {
        if (reader_call_word(w) && !(dialogue && persons.has(w)))
            return false;
        lower = lower || (w.size() >= 3 && printed_after_space(b.text, w));
        figure = figure || cardinals.has(w);
    }
    if (!figure && stopword_density_of(b.stopword_hits(), words.size(), language) <= 0.0)
        return false;
    return lower && !is_promo_notice(b.text);
}

// "National Highways said two lanes reopened at 11.20am.", "Die Polizei sagte, die Strecke sei wieder frei.", "La
// préfecture a indiqué que deux voies ont rouvert.": a short sentence reporting what someone said, names and figures
// for most of its words, which jusText's stopword count turns down: a capital first, a full stop last, nothing that
// parts it (a colon but a clock's, a link, a separator), a verb of saying of the
// language (lexicon section speech_verbs) after its first word and printed in lower case, no call to the reader. A
// teaser's title or a button has no verb of saying and no stop.
bool reported_sentence(const Block& b, std::string_view language) {
    const int least_words = 4, most_words = 16;
    if (!plain_sentence(b, least_words, most_words))
        return false;
    const Lexicon* lex = lexicon(language);
    if (lex == nullptr)
        return false;
    const auto& words = b.lower_words();
    if (reader_call(words))
        return false;
    for (std::size_t k = 1; k < words.size(); ++k)
        if (lex->has_speech_verb(words[k]) && printed_after_space(b.text, words[k]))
            return true;
    return false;
}

// "Coup d'envoi à 20 heures au gymnase Jean-Moulin.", "Fischio d'inizio alle 20.30 al palazzetto comunale.", "Visits
// are guided every Saturday afternoon.", "Anpfiff ist am Samstag um 15 Uhr.": the article's closing sentence telling
// when the thing it reports takes place, names and figures for most of its words, which jusText's stopword count
// turns down: five to sixteen words, a capital first, a full stop last, nothing that parts it (a colon but a clock's,
// a link, a separator), a time in it (the clock's, a weekday [weekdays], a time of the day [time_of_day_words]; a line
// of figures, "Corn eased 0.2%, while soybeans were flat.", is no text the page vouches for), a word in
// lower case of three letters or more (its verb or noun), no call to the reader and no offer. (A date line, "Publié le
// 12 novembre 2026 à 16h20.", is told by the caller.)
namespace {
// "20.30", "15:30", "20h30", "16h", "20 heures", "15 Uhr", "7pm": a time of the clock in `line` (an hour, then its
// minutes after a mark, clock_times::clock_time_end(), or a word of the clock, lexicon section clock_words, after the
// hour). ("0.2%", "1,500", "12 novembre", "20.75": a figure or a day is no time.)
bool clock_time_in(std::string_view line) {
    static const LexiconSection* clock = common_lexicon().section("clock_words"); // (looked up once)
    auto digit = [&](std::size_t i) { return i < line.size() && text::is_digit(static_cast<unsigned char>(line[i])); };
    for (std::size_t i = 0; i < line.size(); ++i) {
        if (!digit(i) || (i > 0 && (digit(i - 1) || line[i - 1] == '.' || line[i - 1] == ',')))
            continue;
        if (clock_times::clock_time_end(line, i, ".:h") > i)
            return true;
        const std::size_t j = clock_times::hour_end(line, i);
        if (j == i)
            continue;
        std::size_t w = j;
        while (w < line.size() && line[w] == ' ')
            ++w;
        std::size_t e = w;
        while (e < line.size() && ((line[e] >= 'a' && line[e] <= 'z') || (line[e] >= 'A' && line[e] <= 'Z')))
            ++e;
        if (e > w && clock != nullptr && clock->has(text::lower(line.substr(w, e - w))))
            return true;
    }
    return false;
}
} // namespace

bool timed_sentence(const Block& b, std::string_view language) {
    const int least_words = 5, most_words = 16;
    if (!plain_sentence(b, least_words, most_words))
        return false;
    // (Each language's sections, merged once and never changed.)
    static const LexiconSection& weekdays = any_language_section("weekdays");
    static const LexiconSection& day_times = any_language_section("time_of_day_words");
    const auto& words = b.lower_words();
    if (site_call(words))
        return false;
    bool time = b.digits > 0 && clock_time_in(b.text), lower = false;
    for (std::string_view w : words) {
        if (reader_call_word(w) || offer_word(w))
            return false;
        time = time || weekdays.has(w) || day_times.has(w);
        lower = lower || (w.size() >= 3 && !text::is_digit(static_cast<unsigned char>(w.front())) &&
                          printed_after_space(b.text, w));
    }
    return time && lower && !is_promo_notice(b.text) && !read_dates(b.text, language).is_date_line;
}

// "... qui mise sur la défense. / Coup d'envoi à 20 heures au gymnase Jean-Moulin.": the timed sentence
// (timed_sentence()) closing the region under a line that ends a sentence is a paragraph of the text.
bool timed_closing_sentence(const Page& p, std::size_t k, std::size_t re) {
    return k > 0 && k == re && p.blocks[k - 1].end_punct && timed_sentence(p.blocks[k], p.language);
}

// A brief: the prose of an 80-250 word report whose other paragraphs are single short sentences, one or two
// paragraphs rated good in [rs, re], a hundred and twenty words at most; or three or four short ones, a hundred and
// eighty words at most, when no line of the region is an entry's stamp. (A live report's entries stand under their
// minute stamps or time stamps, "88'", "14:20 Uhr", and its short lines under them are no sentences of its own; a
// longer text has more paragraphs of prose.)
bool brief_region(const Page& p, std::size_t rs, std::size_t re) {
    const int most_words = 120, most_paragraphs = 2;
    const int most_unstamped_words = 180, most_unstamped_paragraphs = 4;
    int words = 0, paragraphs = 0;
    for (std::size_t k = rs; k <= re && k < p.blocks.size(); ++k)
        if (p.raw_quality[k] == Quality::good) {
            words += p.blocks[k].words;
            // (no brief: the rest need not be read)
            if (++paragraphs > most_unstamped_paragraphs || words > most_unstamped_words)
                return false;
        }
    if (paragraphs == 0)
        return false;
    if (paragraphs <= most_paragraphs && words <= most_words)
        return true;
    for (std::size_t k = rs; k <= re && k < p.blocks.size(); ++k)
        if (entry_stamp(p.blocks[k]))
            return false;
    return true;
}

namespace {

// The last character of a line before the closing quotation marks after it ("“It is over.”" -> '.').
char closing_stop(std::string_view line) {
    while (!line.empty()) {
        std::size_t at = line.size() - 1;
        while (at > 0 && (static_cast<unsigned char>(line[at]) & 0xC0) == 0x80)
            --at;
        std::size_t i = at;
        const char32_t cp = text::next_cp(line, i);
        if (!text::is_quote_mark(cp))
            return line[at];
        line.remove_suffix(line.size() - at);
    }
    return '\0';
}

// "—Es dura con todos. / —¿Qué viene después? / —Un descanso largo.", "– Bo te łąki były mokradłami. / – Co dalej? /
// – Teatr.": an interview printed as a dialogue, each turn opening with its dash, closes with a question under the
// last answer and the answer under it. Line k is that question: a dialogue's turn of twenty words at most ending with
// "?", under a turn (line `end`) and over one that asks nothing. (No stop closes it, yet it is a line of the text.)
bool dialogue_turn(const Block& b) {
    const std::string_view t = b.text;
    return t.starts_with("\u2014") || t.starts_with("\u2013");
}

bool closing_dialogue_question(const Page& p, std::size_t end, std::size_t k) {
    const int most_words = 20;
    if (k + 1 >= p.blocks.size())
        return false;
    const Block &question = p.blocks[k], &answer = p.blocks[k + 1];
    return question.words <= most_words && question.urls == 0 && question.repeats == 0 && dialogue_turn(question) &&
           dialogue_turn(p.blocks[end]) && dialogue_turn(answer) && closing_stop(question.text) == '?' &&
           closing_stop(answer.text) == '.';
}

} // namespace

// The last of the short sentences right under line `end` that close the article (`most`, two unless said: see
// take_closing_sentences(); `text_too`: a sentence jusText rates text too, under lines it rates otherwise); `end`
// when there is none.
std::size_t closing_sentences_end(const Page& p, std::size_t end, bool text_too, std::size_t most, bool brief) {
    const auto& blocks = p.blocks;
    const std::size_t most_stamps = 2;
    bool asked = false; // the line taken last is a dialogue's closing question
    for (std::size_t taken = 0; taken < most; ++taken) {
        std::size_t next = end + 1;
        while (next < blocks.size() && next - end <= most_stamps &&
               (minute_stamp(blocks[next]) || (next == end + 1 && app_promo(blocks[next]))))
            ++next;
        if (next >= blocks.size())
            break;
        const Block& b = blocks[next];
        // (The question of a dialogue's closing turns, and the answer right under it: closing_dialogue_question().)
        const bool question = closing_dialogue_question(p, end, next), answer = asked && dialogue_turn(b);
        asked = question;
        // ("Fazit ... / Note: 2,1 (gut)": a review's score under its last paragraph closes it too, with no stop.)
        // ("Score: 7,5/10 / Prijs: 129 euro": the box's row under the score closes it with the score.)
        const bool rating = rating_line(b) || (next == end + 1 && verdict_row(blocks[end], b));
        // ("“My son sleeps through first period every single day,” said parent Joan Miller.", "„Wir haben lange
        // genug gewartet“, sagte Anwohnerin Karin Roth.": a quotation with its speaker and verb of saying, of few
        // stopwords and too long for jusText's short lines, is rated bad; it is a sentence of the text all the same.)
        bool sentence = rating || question || answer || short_sentence(b, p.language) ||
                        terse_sentence(b, p.language) || update_note(b.text) ||
                        (text_too && textual(p.raw_quality[next])) || (brief && brief_sentence(b, p.language)) ||
                        reported_sentence(b, p.language) || (next == end + 1 && timed_sentence(b, p.language)) ||
                        (sentence_shape(b) && attributed_quote(b, p.language));
        // "“Nothing is decided yet.”": a quotation's stop stands before its closing mark.
        const char stop = closing_stop(b.text);
        if (!sentence || (!rating && !question && stop != '.' && stop != ':') || b.boilerplate || b.repeats > 0 ||
            p.terminator[next] || closing_notice(b.text) || is_promo_notice(b.text) || author_bio(b) ||
            nameless_bio(b, p.language) || reader_prompt(b) || error_report_notice(b) || feed_note(b) ||
            opinion_disclaimer(b) || advice_disclaimer(b) || funding_note(b) || article_service_notice(b) ||
            letters_notice(b) || affiliate_program_notice(b) || (brief && (comment_form_notice(b) || origin_note(b))))
            break;
        end = next;
    }
    return end;
}

// "... eingebrochen. / Die Polizei ermittelt. / Zeugen sollen sich melden.": line k, one of the brief sentences
// (brief_sentence()) under the last paragraph of a brief's region [rs, re], is a paragraph of its text: the run that
// take_closing_sentences() reads under that paragraph reaches it.
bool brief_closing_sentence(const Page& p, std::size_t k, std::size_t rs, std::size_t re) {
    const std::size_t most_closing = 8;
    if (k <= rs || k > re || p.raw_quality[k] == Quality::good)
        return false;
    // (The section loop asks this of every line it would drop: the paragraph over the line is sought among the eight
    // lines over it, and the region read whole only then.)
    std::size_t j = k;
    while (j > rs && k - j < most_closing && p.raw_quality[j] != Quality::good)
        --j;
    if (p.raw_quality[j] != Quality::good || !brief_region(p, rs, re))
        return false;
    // ("... / What else is happening / <one-line items>": past a closing section's heading right under the
    // paragraph, as take_closing_sentences() reads.)
    const std::size_t end = closing_sentences_end(p, j, false, most_closing, true);
    return end >= k || (end == j && j + 1 < k && closing_section_end(p, j + 1, true) >= k);
}

// "... neue Radwege. / Mehr zum Thema / Schulsanierung: Eltern zeigen sich besorgt / Die Opposition stimmte dagegen. /
// <paragraph> / <paragraph>", "... / Read next / School repairs: parents voice concern / The opposition voted against
// it. / <paragraph>": line k, a paragraph of one short sentence (brief_sentence()) right under a box of links the
// region's rules closed (a related article's label, related_label(), under a paragraph, and one title or two under it,
// all boilerplate now), over two lines of text, is the text going on: jusText rates so short a line bad, and the
// box's lines round it do not lift it. (Two lines of text under it: a card's short summary stands over the next card's
// title.)
bool sentence_under_related_box(const Page& p, std::size_t k, std::size_t rs, std::size_t re) {
    const std::size_t most_titles = 2;
    const auto& blocks = p.blocks;
    auto text = [&](std::size_t j) { return textual(p.raw_quality[j]) && blocks[j].end_punct; };
    if (k < rs + 3 || k + 2 > re || p.role[k - 1] != Role::boilerplate || p.raw_quality[k + 1] != Quality::good ||
        !text(k + 1) || !text(k + 2))
        return false;
    for (std::size_t j = k - 2; j > rs && k - j <= most_titles + 1 && p.role[j] == Role::boilerplate; --j)
        if (related_label(blocks[j]))
            return p.role[j - 1] == Role::paragraph && brief_sentence(blocks[k], p.language);
    return false;
}

bool advice_heading(const Block& b) {
    static const LexiconSection& advice_words = any_language_section("advice_heading_words"); // (merged once)
    return b.words == 1 && advice_words.has(text::lower(text::trim(b.text)));
}

// "... the trade body says. / Finally, the harvest! / In summer the work pays off.", "... / What else is happening /
// A jury in Ohio found the officer not guilty. / Astronomers spotted a new comet.": line h under the article's last
// paragraph heads its closing section (take_closing_sentences()): two to five words, a heading's shape or a cry ('!',
// no question: "Sie wollen mehr?" asks the reader), printed once, no link, no label of the page. (The counts first:
// the section loop asks this of its lines.)
bool closing_section_head(const Page& p, std::size_t h) {
    const Block& head = p.blocks[h];
    const int least_heading = 2, most_heading = 5; // ("Gallery", "Fotos": a word alone is a label)
    if (head.words == 0 || head.words > most_heading || head.repeats > 0 || head.urls > 0 || head.boilerplate ||
        p.terminator[h])
        return false;
    // "Fazit", "Conclusion", "Conclusión": a word alone heads the closing section when it names a conclusion
    // (lexicon section closing_heading_words), which no gallery's or box's label does.
    // "Tipps", "Advice", "Conseils", "Consigli", "Recomendaciones": or when it names the advice a list of short
    // sentences under it gives (lexicon section advice_heading_words: "Tipps / Meiden Sie die Küstenstraße. / ...").
    static const LexiconSection& closing_words = any_language_section("closing_heading_words"); // (merged once)
    if (head.words < least_heading && !closing_words.has(text::lower(text::trim(head.text))) && !advice_heading(head))
        return false;
    const bool cry = head.text.back() == '!' && sentence_shape(head);
    // ("Über Lena Brandt / Hallo, ich bin Lena ...": the author's box, about_name_title(), is no section of the text.)
    // ("... said parks director Janet Ruiz. / Subscribe to continue reading / Try The Ridge Times for $1 a month.",
    // "Abonnez-vous pour lire la suite / Essayez La Gazette pour 1 € le premier mois.": a paywall's button,
    // paywall_cut(), heads no closing section: the offer under it is the paywall's, not the text's.)
    return (heading_like(head) || cry) && !reader_prompt(head) && !is_promo_notice(head.text) &&
           !about_name_title(head) && !paywall_cut(head);
}

namespace {

// "... / Tips bij ijzel / Vertrek op tijd. / Laat de scooter thuis. / Rem rustig af bij kruispunten. / <blank> / Lees
// ook", "... / Tips for icy roads / Give yourself more time. / Leave the bike at home. / Keep your distance. /
// <blank>": the closing section's two sentences (`end`, under heading h), glued under it and to each other, go on in
// more of their kind, the items of a list printed as one block: each glued to the one above, one short sentence
// closed by a full stop (closing_sentences_end() takes it), the block closed by a blank line (or the page's end), six
// items at most. The last of them; `end` when the block runs on or ends otherwise. ("Thanks for reading. See you
// tomorrow.", a newsletter's farewell of two sentences glued under its items, is no item.)
std::size_t closing_list_end(const Page& p, std::size_t h, std::size_t end, bool brief) {
    const std::size_t most_items = 6;
    const int most_words = 12;
    const auto& blocks = p.blocks;
    if (end != h + 2 || blocks[h + 1].blank_before || blocks[end].blank_before || blocks[end].blank_after)
        return end;
    // ("Recomendaciones / Mantener linternas y radios con pilas. / Evitar las zonas de riesgo. / Informarse por
    // canales oficiales. / Suscríbete a nuestro newsletter": under a word naming advice the items are terse sentences
    // of few stopwords (brief_sentence()), and on a page printed without blank lines (none over the heading either)
    // the list ends at its first line of another kind.)
    const bool advice = advice_heading(blocks[h]);
    const bool unspaced = advice && !blocks[h].blank_before;
    std::size_t last = end;
    while (last - h < most_items && last + 1 < blocks.size()) {
        const Block& b = blocks[last + 1];
        if (b.blank_before || b.words > most_words || closing_stop(b.text) != '.' || holds_two_sentences(b.text) ||
            closing_sentences_end(p, last, false, 1, brief || advice) != last + 1)
            return unspaced && !b.blank_before ? last : end;
        ++last;
        if (b.blank_after)
            return last;
    }
    return last + 1 == blocks.size() ? last : end;
}

} // namespace

// The last of the one or two short sentences closed by full stops under line h, a closing_section_head(), that close
// the article; in a brief (`brief`: brief_region()) its brief sentences too, a newsletter's last section of one-line
// items ("Astronomers spotted a new comet."); h when there is none. (Two: "Thanks for reading. See you tomorrow."
// under them is the newsletter's farewell. Closed by full stops: a line closed by a colon announces what follows, "So
// sieht der Plan aus:".)
std::size_t closing_section_end(const Page& p, std::size_t h, bool brief) {
    const std::size_t most = 2;
    if (h + 1 >= p.blocks.size() || !closing_section_head(p, h))
        return h;
    const std::size_t closing = closing_sentences_end(p, h, false, most, brief);
    for (std::size_t k = h + 1; k <= closing; ++k)
        if (closing_stop(p.blocks[k].text) != '.')
            return h;
    return closing_list_end(p, h, closing, brief);
}

// "... bis heute nicht entschieden." / "Hier ein Link zum Podcast, der nur zwanzig Minuten dauert." / "Share this:":
// a short sentence right under the article's last paragraph is its last line; only its length kept it out of the
// region. Three at most, each closed by a full stop or a colon (a question or a call, "Sie wollen mehr von uns?", asks
// the reader), none of them a prompt, a label or a line the page repeats. A live report's minute stamps ("7'")
// between them stay out of the body and do not stop the search, nor does a call to get the site's app right under the
// paragraph ("CLICK HERE TO GET THE HARBOUR NEWS APP": app_promo(), which drop_paywall_badges() takes out of the body).
// "... meldet der Handelsverband. / Endlich Ernte! / Im Sommer zahlt sich die Arbeit aus.", "... the trade body
// says. / Finally, the harvest! / In summer the work pays off.": the article's last section, a short heading and one
// or two short sentences, closes it as the sentences alone would. The heading two to five words, a heading's shape or a cry
// ('!', no question: "Sie wollen mehr?" asks the reader), printed once, no link, no label of the page; the sentences
// closed by full stops.
std::pair<std::size_t, std::size_t> take_closing_sentences(const Page& p, std::size_t rs, std::size_t re) {
    const auto& blocks = p.blocks;
    const Block& last = blocks[re];
    // ("... part-time jobs. / “We are not done yet,” said Joan Miller. / The board votes on Dec. 14.": a quotation
    // with its speaker, rated below good for its length, closes the text as a paragraph does.)
    const bool quotation = textual(p.raw_quality[re]) && attributed_quote(last, p.language);
    if ((p.raw_quality[re] != Quality::good && !quotation) || !last.end_punct)
        return {rs, re};
    // (Three: "... a souligné la maire. / Un train sur deux est supprimé. / Les syndicats demandent une hausse. / Les
    // négociations reprendront lundi.", a news text in short paragraphs of one sentence each.)
    // ("... in Kempten eingebrochen. / Die Polizei ermittelt. / Der Schaden ist hoch. / Zeugen sollen sich melden. /
    // Die Apotheke bleibt geschlossen.": in a brief, brief_region(), the text goes on in such sentences, eight at
    // most, and brief_sentence() reads those jusText's stopword count turns down.)
    const bool brief = brief_region(p, rs, re);
    const std::size_t most_closing = brief ? 8 : 3;
    const std::size_t end = closing_sentences_end(p, re, false, most_closing, brief);
    if (end > re || re + 2 >= blocks.size())
        return {rs, end};
    const std::size_t h = re + 1;
    const Block& head = blocks[h];
    // "... dans les villes. / En bref / Le Parlement demande une loi. / La motion a été acceptée. / Les loyers ont
    // augmenté. / Le gouvernement a maintenant deux ans pour rédiger une loi.", "... gestiegen. / In Kürze / <three
    // short sentences> / Der Bundesrat hat nun zwei Jahre Zeit.": the box of key points under the last paragraph
    // (summary_box_label(), glued over its items) holds up to six short sentences, and the one or two sentences under
    // it close the article as they would under its last paragraph.
    const std::size_t most_items = 6;
    const bool box = summary_box_label(head) && !head.blank_after && !head.boilerplate && head.repeats == 0 &&
                     !p.terminator[h];
    const std::size_t box_end = box ? closing_sentences_end(p, h, false, most_items) : h;
    if (box && box_end >= h + 2) {
        // (The lines under the box are the text's close, rated short or text: "... pour rédiger une loi.", ten words
        // or twelve, the text's own sentence all the same.)
        const std::size_t closing = closing_sentences_end(p, box_end, true);
        for (std::size_t k = h + 1; k <= closing; ++k)
            if (closing_stop(blocks[k].text) != '.')
                return {rs, end};
        return {rs, closing};
    }
    const std::size_t closing = closing_section_end(p, h, brief);
    return {rs, closing > h ? closing : end};
}

// "... Andere Häfen zeigen, dass es sich lohnt. / Bleiben Sie im Amt? / Ja. Ich bin noch lange nicht fertig.", "...
// Other harbours show that it pays off. / Will you stay in the job? / Yes. I am far from finished.": under the last
// answer of an interview whose questions lost their bold type (one question over its answer in the region at least:
// answered_question()), the next questions over their short answers, rated below text, are the interview's last
// lines; three pairs at most, each printed once, no link, no notice, prompt or label of the page.
// "... / Und heute, hat sich der Beruf verändert? / Ja. Ein alter Meister hat mir einmal gesagt / Jetzt weiterlesen mit
// Plus", "... / Et aujourd'hui ? / Oui. Un vieux patron m'a dit un jour / Il vous reste 70 % de cet article à lire.":
// the last answer, cut off mid-sentence by a paywall's prompt right under it (paywall_cut(), closing_notice()), is the
// interview's last line too.
std::pair<std::size_t, std::size_t> take_closing_answers(const Page& p, std::size_t rs, std::size_t re) {
    const std::size_t most_pairs = 3;
    const auto& blocks = p.blocks;
    auto own = [&](std::size_t k) {
        const Block& b = blocks[k];
        return p.role[k] == Role::none && b.repeats == 0 && !p.terminator[k] && !closing_notice(b) &&
               !is_promo_notice(b) && !reader_prompt(b) && !comment_form_notice(b);
    };
    // (The line under the region first: most regions end over no question.)
    auto cut_by_paywall = [&](std::size_t a) {
        return !blocks[a].end_punct && ends_mid_sentence(blocks[a].text) && paywall_under(blocks, a);
    };
    // (The question and its cut answer read as if the answer were whole: the pair of lines copied, the answer's stop
    // given back. Asked only of the rare answer cut right over a paywall.)
    auto cut_pair = [&](std::size_t q) {
        std::vector<Block> pair{blocks[q], blocks[q + 1]};
        pair[1].end_punct = true;
        return pair;
    };
    auto pair_at = [&](std::size_t q) {
        return q + 1 < blocks.size() && question_line(blocks[q].text) && own(q) && own(q + 1) &&
               closing_stop(blocks[q + 1].text) != ':' &&
               (answered_question(blocks, q) || (cut_by_paywall(q + 1) && answered_question(cut_pair(q), 0)));
    };
    // "... Secondo Tarantelli non ci sono controindicazioni. / Domande e risposte / Quanto dura la protezione? / Circa
    // sei mesi.", "... no hay contraindicaciones. / Otras dudas / ¿Cuánto dura la protección? / Unos seis meses.": a
    // closing section's heading (closing_section_head(), a plain phrase of two to five words) over the next pairs is
    // their heading.
    if (re + 2 >= blocks.size() || !blocks[re].end_punct || question_line(blocks[re].text))
        return {rs, re};
    const std::size_t first = pair_at(re + 1) ? re + 1
                              : (re + 3 < blocks.size() && !question_line(blocks[re + 1].text) &&
                                 closing_section_head(p, re + 1) && own(re + 1) && pair_at(re + 2))
                                  ? re + 2
                                  : 0;
    if (first == 0)
        return {rs, re};
    bool asked = false;
    for (std::size_t k = rs; k < re && !asked; ++k)
        asked = question_line(blocks[k].text) && answered_question(blocks, k);
    if (!asked)
        return {rs, re};
    std::size_t end = first - 1;
    for (std::size_t taken = 0; taken < most_pairs && pair_at(end + 1); ++taken) {
        end += 2;
        if (!blocks[end].end_punct) // (the answer cut off by the paywall: nothing of the interview under it)
            break;
    }
    return {rs, end};
}
namespace {

// The words of a sign-off (lexicon section sign_offs) opening the lower-cased line `low`, as whole words: the size
// of the words and of the comma after them, 0 for a line opening otherwise.
std::size_t sign_off_words(std::string_view low) {
    static const LexiconSection& sign_offs = any_language_section("sign_offs"); // (merged once)
    for (const std::string_view entry : sign_offs.entries) {
        if (!low.starts_with(entry))
            continue;
        std::size_t at = entry.size();
        if (at < low.size() && low[at] == ',')
            ++at;
        if (at == low.size() || low[at] == ' ')
            return at;
    }
    return 0;
}

// Tokens that are a name: one to three, each capitalised ("Jane", "Anna Muster", "MARTINA BERG").
bool name_tokens(std::string_view s) {
    std::size_t at = 0, count = 0;
    for (std::string_view t = text::next_token(s, at); !t.empty(); t = text::next_token(s, at))
        if (++count > 3 || !text::starts_upper(t))
            return false;
    return count > 0;
}

// A line of the page that may be part of a farewell: its own, not repeated, no link, no label of the page.
bool farewell_plain(const Page& p, std::size_t k) {
    const Block& b = p.blocks[k];
    return p.role[k] == Role::none && !b.boilerplate && b.repeats == 0 && b.urls == 0 && !p.terminator[k];
}

// A wish of a few words before the sign-off: "Viel Glück!", "See you on the quay!" (not a call to buy).
bool farewell_wish(const Page& p, std::size_t k) {
    const Block& b = p.blocks[k];
    const int wish_words = 8;
    return farewell_plain(p, k) && b.words <= wish_words && b.end_punct && !is_promo_notice(b.text) &&
           sign_off_words(b.lower) == 0;
}

// The sign-off of line k: 1 with the name after it ("Euer Hans", "Cheers, Jane"), 2 alone ("Liebe Grüße,"), the
// name on the next line; 0 for another line. Five words at most, no sentence's stop at its end.
int sign_off_line(const Page& p, std::size_t k) {
    const Block& b = p.blocks[k];
    if (!farewell_plain(p, k) || b.words > 5 || b.end_punct)
        return 0;
    const std::size_t words = sign_off_words(b.lower);
    if (words == 0)
        return 0;
    const std::string_view rest = std::string_view(b.text).substr(std::min(words, b.text.size()));
    if (text::trim(rest).empty())
        return 2;
    return name_tokens(rest) ? 1 : 0;
}

bool farewell_name(const Page& p, std::size_t k) {
    return farewell_plain(p, k) && !p.blocks[k].end_punct && name_tokens(p.blocks[k].text);
}

} // namespace

std::size_t farewell_from(const Page& p, std::size_t rs, std::size_t re) {
    std::size_t f = re + 1;
    if (re > rs && farewell_name(p, re) && sign_off_line(p, re - 1) == 2)
        f = re - 1;
    else if (re > rs && sign_off_line(p, re) == 1)
        f = re;
    else
        return re + 1;
    const std::size_t most_wishes = 2;
    for (std::size_t w = 0; w < most_wishes && f > rs + 1 && farewell_wish(p, f - 1); ++w)
        --f;
    return f;
}

// "... bewerben und gewinnen. / Viel Glück! / Euer Hans", "... before the ferry leaves. / See you on the quay! /
// Cheers, / Jane": the author's farewell under a post, a wish or two of a few words, then the words of a sign-off and
// the author's first name, on one line or two. It joins the article when the sign-off is there; the wishes alone (a
// call, "Jetzt bestellen!") do not. (classify() keeps its lines, which their shape rates bad, by farewell_from().)
std::pair<std::size_t, std::size_t> take_sign_off(const Page& p, std::size_t rs, std::size_t re) {
    const std::size_t n = p.blocks.size();
    const std::size_t most_wishes = 2;
    std::size_t k = re + 1;
    for (std::size_t w = 0; w < most_wishes && k < n && farewell_wish(p, k); ++w)
        ++k;
    if (k >= n)
        return {rs, re};
    const int sign_off = sign_off_line(p, k);
    if (sign_off == 1)
        return {rs, k};
    if (sign_off == 2 && k + 1 < n && farewell_name(p, k + 1))
        return {rs, k + 1};
    return {rs, re};
}

} // namespace archive
