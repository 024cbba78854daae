// The edges of the article's region that join it: the lines next to it that only their shape kept out (the short
// sentences closing the article, the author's sign-off, the list or the table of facts its last paragraph announces,
// the text over a box of facts). The lines at its ends that leave it, and trim_region(), are in region_edges.cpp.
#include "advice_disclaimers.hpp"
#include "classify.hpp"
#include "page.hpp"
#include "dated_items.hpp"
#include "region_parts.hpp"
#include "cut_sentences.hpp"
#include "sections_parts.hpp"

#include "bylines.hpp"
#include "clock_times.hpp"
#include "dates.hpp"
#include "lexicon.hpp"
#include "text.hpp"

#include <algorithm>
#include <iterator>
#include <optional>
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

namespace {
bool minute_stamp(const Block& b);
} // namespace

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
        if (minute_stamp(p.blocks[k]) || entry_stamp(p.blocks[k]))
            return false;
    return true;
}

namespace {

// "7'", "45+2'", "90’": the minute a live report's entry was written, alone on its line.
bool minute_stamp(const Block& b) {
    const std::string& t = b.text;
    if (t.size() > 8 || b.digits == 0)
        return false;
    std::size_t i = 0;
    while (i < t.size() && (text::is_digit(static_cast<unsigned char>(t[i])) || t[i] == '+'))
        ++i;
    std::string_view mark(t.data() + i, t.size() - i);
    return i > 0 && (mark == "'" || mark == "’" || mark == "′");
}

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

// The last of the short sentences right under line `end` that close the article (`most`, two unless said: see
// take_closing_sentences(); `text_too`: a sentence jusText rates text too, under lines it rates otherwise); `end`
// when there is none.
std::size_t closing_sentences_end(const Page& p, std::size_t end, bool text_too = false, std::size_t most = 2,
                                  bool brief = false) {
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

} // namespace

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

namespace {

// A line that may stand in a list under the article: its own (not printed elsewhere on the page, no furniture's
// phrase, no label ending the article, no link) and no prompt or notice.
bool list_line(const Page& p, std::size_t k) {
    const Block& b = p.blocks[k];
    return p.role[k] == Role::none && !b.boilerplate && b.repeats == 0 && b.urls == 0 && !p.terminator[k] &&
           b.letters > 0 && !closing_notice(b) && !is_promo_notice(b) && !reader_prompt(b) && !comment_form_notice(b);
}

} // namespace

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

// "Le pagelle / 1. Kovač 8: trascinatore ... / 2. Zanchi 7,5: ... / 3. Pellegrini 6: ... / 4. Ortolani 5: non trova
// contromisure quando Trento cambia ritmo. / Prossimo turno domenica ...", "Die Ergebnisse / 1. Anna Berg 12,4 s / 2.
// ...": the region closing on two items of a numbered list, the lines under it that go on with its numbers are the
// list's last items, however few of their words jusText counts as text (a rating's terse verdict), and the one or two
// sentences right under them close the article (take_closing_sentences(), a sentence rated text among them). Each item a line of its own, forty words
// at most, the next number after the one over it ('.' or ')' as it has).
std::pair<std::size_t, std::size_t> take_numbered_items(const Page& p, std::size_t rs, std::size_t re) {
    const auto& blocks = p.blocks;
    const int most_words = 40;
    if (re < rs + 1 || !next_in_series(blocks[re].text, blocks[re - 1].text))
        return {rs, re};
    std::size_t end = re;
    while (end + 1 < blocks.size() && blocks[end + 1].words <= most_words && list_line(p, end + 1) &&
           next_in_series(blocks[end + 1].text, blocks[end].text))
        ++end;
    if (end == re)
        return {rs, re};
    return {rs, closing_sentences_end(p, end, true)};
}

bool text_going_on(const Page& p, std::size_t k) {
    const Block& b = p.blocks[k];
    const int least_text = 12;
    return textual(p.raw_quality[k]) && b.end_punct && b.words >= least_text && !p.terminator[k] && !b.boilerplate &&
           b.repeats == 0 && b.urls == 0 && sentence_shape(b) && !closing_notice(b) && !is_promo_notice(b) &&
           !reader_prompt(b) && !comment_form_notice(b) && !author_bio(b) && !opinion_disclaimer(b) &&
           !funding_note(b) && !letters_notice(b);
}

bool related_label(const Block& b) {
    const int most_label_words = 5;
    if (b.words == 0 || b.words > most_label_words)
        return site_related_label(b);
    static const LexiconSection& labels = any_language_section("related_labels"); // (merged once)
    std::string_view low = b.lower;
    while (!low.empty() && (low.back() == ':' || low.back() == ' '))
        low.remove_suffix(1);
    return labels.has(low) || site_related_label(b);
}

bool site_related_label(const Block& b) {
    // (A colon, then ten words at most: a sentence is settled by its last byte.)
    const int most_words = 10;
    if (b.words == 0 || b.words > most_words || b.text.empty() || b.text.back() != ':')
        return false;
    // (The opening, a space, then the name: the line's lower-cased text is compared as it is, its colon left on.)
    const std::string_view low = b.lower;
    static const LexiconSection& sources = any_language_section("related_source_labels"); // (merged once)
    for (const std::string_view opening : sources.entries) {
        if (low.size() <= opening.size() + 1 || !low.starts_with(opening) || low[opening.size()] != ' ')
            continue;
        const std::size_t opening_words = text::split_ws(opening).size();
        const auto tokens = text::split_ws(b.text, static_cast<std::size_t>(most_words) + 1);
        return tokens.size() > opening_words && text::starts_upper(tokens[opening_words]);
    }
    return false;
}

namespace {
// "„Darauf haben wir lange gewartet“, sagte der Landrat.": line k, glued to the line over it, the text's paragraph
// (text_going_on()) or a shorter sentence of eight words at least, rated text.
bool glued_sentence(const Page& p, std::size_t k) {
    const Block& b = p.blocks[k];
    const int least_sentence = 8;
    return !b.blank_before && (text_going_on(p, k) || (textual(p.raw_quality[k]) && b.end_punct &&
                                                       b.words >= least_sentence && !p.terminator[k] &&
                                                       !b.boilerplate && b.repeats == 0));
}
} // namespace

namespace {
// "Galleria", "Galeria: veja as estações que vão abrir de madrugada": a gallery's label (lexicon section
// gallery_labels) alone on its line or before a colon and its title.
bool gallery_label_line(const Block& b) {
    static const LexiconSection* labels = common_lexicon().section("gallery_labels"); // (looked up once)
    const std::string_view low = b.lower;
    const std::size_t colon = low.find(": ");
    return labels != nullptr && (labels->has(low) || (colon != std::string_view::npos && labels->has(low.substr(0, colon))));
}

// "1 de 8", "3 di 12", "2 of 7": a gallery's counter without its picture's word, the picture's number, a word of
// "of" (lexicon section gallery_count_of_words) and the gallery's count, no smaller.
bool bare_slide_count(const Block& b) {
    static const LexiconSection* ofs = common_lexicon().section("gallery_count_of_words"); // (looked up once)
    if (b.words != 3 || b.digits < 2 || ofs == nullptr)
        return false;
    const auto& w = b.lower_words();
    auto number = [](std::string_view t) {
        return t.size() <= 3 && text::all_ascii_digits(t) ? std::stoi(std::string(t)) : 0;
    };
    const int at = number(w[0]), of = number(w[2]);
    return at > 0 && at <= of && ofs->has(w[1]);
}

// "<paragraph> / Un tram della linea 2 in viale Monza (Foto: LaPresse) / <paragraph>", "<paragraph> / Vecinos cortan
// la avenida. Foto: Juano Tesone / Fotogalería / 1 / 12 / <paragraph>": a picture between two paragraphs of the text,
// a caption closed by its credit or a credit alone, then a gallery's word, label or counter, three lines at most
// glued together (no link, no line the page prints again): one past its last line, k for none.
std::size_t picture_end(const Page& p, std::size_t k) {
    const auto& blocks = p.blocks;
    const std::size_t n = blocks.size(), most_lines = 3;
    const int most_words = 30;
    auto picture_line = [&](std::size_t j) {
        const Block& b = blocks[j];
        if (b.blank_before || b.words > most_words || b.urls > 0 || b.repeats > 0 || p.terminator[j])
            return false;
        if (j == k)
            return is_credit_line(b) || split_trailing_credit(b).has_value();
        return b.words == 1 || gallery_counter(b).has_value() || bare_slide_count(b) || gallery_label_line(b);
    };
    std::size_t j = k;
    while (j < n && j - k < most_lines && picture_line(j))
        ++j;
    return j;
}

// The line under a picture (picture_end()) when it is the text going on (glued_sentence()), 0 for none. A card of a
// box of links prints its next title there, no sentence.
std::size_t text_past_picture(const Page& p, std::size_t k) {
    const std::size_t j = picture_end(p, k);
    return j > k && j < p.blocks.size() && glued_sentence(p, j) ? j : 0;
}
} // namespace

std::size_t glued_box_text(const Page& p, std::size_t at) {
    const auto& blocks = p.blocks;
    const std::size_t n = blocks.size(), most_titles = 4;
    const int least_title = 3, most_title = 20;
    if (at >= n || blocks[at].blank_before || !related_label(blocks[at]))
        return 0;
    auto title_at = [&](std::size_t j, bool asked) {
        const Block& t = blocks[j];
        return !t.blank_before && (!t.end_punct || asked) && t.words >= least_title && t.words <= most_title &&
               t.urls == 0 && t.repeats == 0 && !p.terminator[j];
    };
    std::size_t k = at + 1;
    for (; k < n && k - at <= most_titles; ++k) {
        // ("À lire aussi / Météo : à quoi faut-il s'attendre pour les fêtes ? / Tempête : les images des rafales /
        // <paragraph>", "Read more / Will the ferries run at Christmas? / Storm: the first pictures / <paragraph>": a
        // title asks a question as often as not; one is a title when another title follows it in the box.)
        const char last = blocks[k].text.empty() ? ' ' : blocks[k].text.back();
        const bool asked =
            (last == '?' || last == '!') && k + 1 < n && k + 1 - at <= most_titles && title_at(k + 1, false);
        if (!title_at(k, asked))
            break;
    }
    // "19:12 / <entry> / Te puede interesar / <title> / 18:50 / <entry>": on a live page, the next entry's stamp under
    // the box, a stamp over the entry above it too, and the entry under the stamp: the text goes on at the stamp.
    const std::size_t stamp_reach = 4;
    if (k > at + 1 && k + 1 < n && !blocks[k].blank_before && entry_stamp(blocks[k]) && glued_sentence(p, k + 1))
        for (std::size_t j = at; j-- > 0 && at - j <= stamp_reach;)
            if (entry_stamp(blocks[j]))
                return k;
    if (k == at + 1 || k >= n || blocks[k].blank_before || !text_going_on(p, k))
        return 0;
    // "Leggi anche / <title> / <title> / <paragraph> / Condividi": titles printed without a summary under them, two
    // or more, print none under the last; the paragraph there is the text's, however little of it follows.
    const std::size_t least_bare_titles = 2;
    if (k - at - 1 >= least_bare_titles)
        return heading_over_text(p, at, k);
    return k + 1 < n && (glued_sentence(p, k + 1) || text_past_picture(p, k + 1) > 0 || text_past_paywall(p, k + 1) > 0)
               ? heading_over_text(p, at, k)
               : 0;
}

// "... a paragraph. / Conteúdo exclusivo para assinantes / Assine já / Já é assinante? Entrar / <paragraph>", "Ten
// artykuł jest dostępny tylko dla prenumeratorów / Wykup subskrypcję, aby czytać dalej / Kup dostęp od 9,90 zł /
// <paragraph>": a paywall's prompt opening at line `at` (paywall_cut()), its buttons and calls under it (six lines
// at most, no link, none printed again, each a prompt or five words at most), over a paragraph of prose (text_going_on()): a page that printed the
// article whole under the prompt, whose text goes on there; the line where it resumes, 0 for none. (A card of
// another article under the prompt opens with its title, no paragraph; an author's box, its name first, is no text
// going on.)
std::size_t text_past_paywall(const Page& p, std::size_t at) {
    const auto& blocks = p.blocks;
    const std::size_t n = blocks.size(), most_lines = 6;
    const int most_words = 16, most_button = 5;
    if (at >= n || !paywall_cut(blocks[at]))
        return 0;
    std::size_t j = at;
    for (; j < n && j - at < most_lines && !text_going_on(p, j); ++j) {
        // (A button or a call of a few words, "Assine já", "Kup dostęp od 9,90 zł", or the prompt's lines; a card's
        // title, "El precio del alquiler sube un 9% en Bilbao", is longer.)
        const Block& b = blocks[j];
        if (b.words > most_words || b.urls > 0 || b.repeats > 0 || author_bio(b) ||
            (b.words > most_button && !paywall_cut(b) && !closing_notice(b)))
            return 0;
        // "Déjà abonné ? Se connecter / Maëlle Guénolé / Journaliste au service Économie, elle suit le port.": the
        // author's box under the prompt, its name then its lines, no text going on.
        if (b.words <= most_button && !b.end_punct && bare_name(text::split_ws(b.text)))
            return 0;
    }
    return j < n && text_going_on(p, j) ? j : 0;
}

// "... a journey of about forty minutes. / Sign up for our newsletter / Get the day's local news every morning. /
// Sign up / Councillors said they would ask the operator to restore the sailings.", "... contó Encarna Ruiz. / Te
// puede interesar / Los autobuses nocturnos cambian de horario / Hace 3 horas / La reforma ha costado 3,2 millones.":
// a box of a few short lines between the region's last paragraph and a paragraph of prose under it (a newsletter's
// form, a teaser of one article with its age, a banner and its buttons) leaves the text going on: the paragraphs under
// the box join the region, box after box. The box holds two to five lines of fifteen words at most, one title (four
// words or more, no stop) and one sentence at most, no line the page prints again, no count of a thread, no comment's
// header, no author's box, its lines glued together with a blank line over the first and over the paragraph under it;
// a related box lists titles, a thread names its comments, a card prints its summary under its title, and the text
// under a box of these stays out.
std::pair<std::size_t, std::size_t> take_text_past_box(const Page& p, std::size_t rs, std::size_t re) {
    const auto& blocks = p.blocks;
    const std::size_t n = blocks.size(), most_box = 5;
    const int most_line = 15, least_title = 4;
    static const LexiconSection& comment_nouns = any_language_section("comment_nouns"); // (merged once)
    auto prose = [&](std::size_t k) { return text_going_on(p, k); };
    auto thread_line = [&](std::size_t k) {
        const Block& b = blocks[k];
        const auto& words = b.lower_words();
        return author_bio(b) || comment_header(b, p.language) ||
               (p.terminator[k] && std::any_of(words.begin(), words.end(),
                                               [](std::string_view w) { return comment_nouns.has(w); }));
    };
    while (re + 2 < n && p.raw_quality[re] == Quality::good && blocks[re].end_punct) {
        std::size_t k = re + 1;
        // "... vergeben. / Mehr zum Thema / <title> / <title> / Die neue Brücke wird 180 Meter lang. / <paragraph>": a
        // box of related links glued into a page without blank lines (glued_box_text()).
        // "... <paragraph> / <caption> Foto: Jane Roe / Galeria: <title> / 1 de 8 / Leia também / <title> / ...": the
        // box may stand under a picture closing the paragraph over it.
        const std::size_t box = picture_end(p, k);
        if (const std::size_t resume = glued_box_text(p, box); resume > 0) {
            re = resume;
            for (;;) {
                while (re + 1 < n && glued_sentence(p, re + 1))
                    ++re;
                const std::size_t past = re + 1 < n ? text_past_picture(p, re + 1) : 0;
                if (past == 0)
                    break;
                re = past;
            }
            continue;
        }
        // "... a paragraph. / Este contenido es exclusivo para suscriptores / Suscríbete para seguir leyendo / Lee sin
        // límites / <paragraph>": a paywall's prompt with the article's text printed on under it (text_past_paywall()).
        if (const std::size_t resume = text_past_paywall(p, k); resume > 0) {
            re = resume;
            while (re + 1 < n && prose(re + 1))
                ++re;
            continue;
        }
        // "... a paragraph. / Quiz: How well do you know the harbour? / Take the quiz / Which pier is the oldest? /
        // North pier / South pier / <paragraph>": a readers' poll or quiz is a box by its words (poll_box_end()), however
        // many its lines and however they are printed.
        if (const std::size_t poll = poll_box_end(p, k); poll > k) {
            if (poll >= n || !prose(poll))
                break;
            re = poll;
            while (re + 1 < n && prose(re + 1))
                ++re;
            continue;
        }
        int titles = 0, sentences = 0;
        while (k < n && k - re - 1 < most_box && !prose(k)) {
            const Block& b = blocks[k];
            // (Its lines printed together, set apart from the text by blank lines: a page that prints a card's
            // summary apart from its title prints its paragraphs so too.)
            const bool tight = k == re + 1 ? b.blank_before && !b.blank_after : !b.blank_before;
            if (b.words > most_line || b.urls > 0 || b.repeats > 0 || !tight || thread_line(k))
                return {rs, re};
            titles += !b.end_punct && b.words >= least_title;
            sentences += b.end_punct;
            ++k;
        }
        if (k == re + 1 || k >= n || !prose(k) || !blocks[k].blank_before || titles > 1 || sentences > 1)
            break;
        re = k;
        while (re + 1 < n && prose(re + 1))
            ++re;
    }
    return {rs, re};
}

bool programme_item(const Block& b) {
    const int least_words = 4, most_words = 40;
    const std::size_t most_head = 48; // bytes: a weekday, a day, a month, a year and an hour
    if (!b.end_punct || b.digits == 0 || b.words > most_words)
        return false;
    const std::string_view t = b.text;
    const std::size_t colon = t.substr(0, most_head).find(": ");
    return colon != std::string_view::npos && text::has_ascii_digit(t.substr(0, colon)) &&
           static_cast<int>(text::split_ws(t.substr(colon + 2)).size()) >= least_words;
}

// "Das Programm / Samstag, 6. Dezember, 14 Uhr: Führung durch die Altstadt. / Samstag, 6. Dezember, 19 Uhr: Konzert
// auf dem Rathausplatz. / Sonntag, 7. Dezember, 11 Uhr: Festumzug zur Kirche.": the region closing on two items of a
// programme (programme_item()), the lines under it of the same shape are its last items, however few of their words
// jusText counts as text, and the one or two sentences right under them close the article.
// "... im Jänner wieder Praxistage an. / Termine der Praxistage / 10. Jänner 2027, 9 Uhr – Bezirksverein Tulln, ... /
// <two items more> / Die Teilnahme ist für Mitglieder kostenlos.": under the region's last paragraph, a short heading
// (closing_section_head(), or a label closed by a colon, "Termine:") over three items or more is the text's last
// section with them, and the one or two sentences under them close it.
std::pair<std::size_t, std::size_t> take_programme_items(const Page& p, std::size_t rs, std::size_t re) {
    const auto& blocks = p.blocks;
    const std::size_t least_items = 3;
    const int most_label = 4;
    auto item = [&](std::size_t k) { return programme_item(blocks[k]) || dated_dash_item(blocks[k]); };
    if (re + 1 + least_items < blocks.size() && p.raw_quality[re] == Quality::good && blocks[re].end_punct &&
        !programme_item(blocks[re]) && list_line(p, re + 1) &&
        (closing_section_head(p, re + 1) ||
         (blocks[re + 1].words <= most_label && blocks[re + 1].digits == 0 && blocks[re + 1].text.back() == ':'))) {
        std::size_t end = re + 1;
        while (end + 1 < blocks.size() && list_line(p, end + 1) && item(end + 1))
            ++end;
        if (end >= re + 1 + least_items)
            return {rs, closing_sentences_end(p, end, true)};
    }
    if (re < rs + 1 || !item(re) || !item(re - 1))
        return {rs, re};
    std::size_t end = re;
    while (end + 1 < blocks.size() && list_line(p, end + 1) && item(end + 1))
        ++end;
    // (The region closing on the items of a list of dates, the sentences under them close the text.)
    if (end == re && !dated_dash_item(blocks[re]))
        return {rs, re};
    return {rs, closing_sentences_end(p, end, true)};
}

// "... im Herbst beginnen. / Mehr zum Thema / <title> / <title> / Korrektur: In einer früheren Version ...": a
// correction note (update_note()) closing the text under a box of related articles, a label of related_labels then
// two to five titles (no sentence), joins the region over the box, whose label may end the article (a terminator)
// and would cut the note off. drop_titles_over_note() then takes the box out of the body. Nothing of prose under
// the note: it closes the text.
std::pair<std::size_t, std::size_t> take_note_under_related(const Page& p, std::size_t rs, std::size_t re) {
    const auto& blocks = p.blocks;
    const std::size_t n = blocks.size();
    const std::size_t least_titles = 2, most_titles = 5;
    const int most_title_words = 20, least_prose = 8;
    if (re + least_titles + 2 >= n || p.raw_quality[re] != Quality::good || !blocks[re].end_punct)
        return {rs, re};
    const Block& label = blocks[re + 1];
    if (label.repeats > 0 || !related_label(label))
        return {rs, re};
    std::size_t k = re + 2;
    while (k < n && k - re - 2 < most_titles) {
        const Block& t = blocks[k];
        if (t.words < 2 || t.words > most_title_words || t.end_punct || p.terminator[k] || t.urls > 0)
            break;
        ++k;
    }
    if (k >= n || k - re - 2 < least_titles || !blocks[k].end_punct || !update_note(blocks[k].text))
        return {rs, re};
    const std::size_t note = k;
    if (note + 1 < n && textual(p.raw_quality[note + 1]) && blocks[note + 1].end_punct &&
        blocks[note + 1].words >= least_prose)
        return {rs, re};
    return {rs, note};
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

namespace {

// "The new ferry:", "Technische Daten:", "Au programme :": a lead of a few words closed by a colon.
bool list_lead(const Page& p, std::size_t k) {
    const Block& b = p.blocks[k];
    const int most_words = 8;
    return b.words >= 1 && b.words <= most_words && b.text.back() == ':' && list_line(p, k);
}

// "A wider gangway for bicycles", "Beheizte Sitze": an entry of two to twelve words, no line of text. ("Gallery",
// "Fotos": a word alone is a label; "HafenFähre fährt wieder": a teaser's kicker glued to its title.)
bool list_entry(const Page& p, std::size_t k) {
    const Block& b = p.blocks[k];
    const int least_words = 2, most_words = 12;
    return b.words >= least_words && b.words <= most_words && b.text.back() != ':' &&
           p.raw_quality[k] != Quality::good && list_line(p, k) && !glued_elements(b.text);
}

// "Passengers: 320", "Effektiver Jahreszins: 3,9 Prozent", "Diesel 32,2 Mio. t 32,3 Mio. t": a row of a table of
// facts.
bool fact_row(const Page& p, std::size_t k) {
    return table_row(p.blocks[k]) && list_line(p, k);
}

} // namespace

std::size_t announced_list_end(const Page& p, std::size_t last) {
    const std::size_t n = p.blocks.size(), least_rows = 2, most_rows = 20;
    std::size_t at = last + 1, end = last + 1;
    // "Three things changed: / A wider gangway / Heated seats / Tickets sold on board": the short entries that the
    // paragraph's colon announces, two to ten; a single line under it is a label ("Photo gallery"), a longer run a
    // menu or a list of titles.
    // ("You May Also Want To See These:", every word capitalised, is a title over other articles' titles.)
    // "Was uns nicht gefällt: / Der kleine Tank / Testzeugnis: / Verbrauch: 1 / Komfort: 2": a review's verdict, a
    // lead over an entry or three, then a table of facts under its own lead: the entries are the table's company.
    // ("Zum Thema: / Umfrage in Deutschland: Gendersprache stößt auf Ablehnung": titles of other articles with a colon
    // are no table of facts: its rows are a label and a short value.) The line after the second lead, or `from`.
    const std::size_t most_verdicts = 3;
    const int most_verdict_words = 5;
    auto past_verdict = [&](std::size_t from) {
        std::size_t e = from;
        while (e < n && e - from < most_verdicts && list_entry(p, e) && !fact_row(p, e))
            ++e;
        std::size_t r = e + 1;
        while (r < n && r - e - 1 < least_rows && fact_row(p, r) && p.blocks[r].words <= most_verdict_words)
            ++r;
        return e > from && e < n && list_lead(p, e) && r - e - 1 == least_rows ? e + 1 : from;
    };
    const Block& over = p.blocks[last];
    const bool title_case = over.words >= 3 && over.upper_initial + 1 >= over.words;
    if (over.text.back() == ':' && !title_case) {
        const std::size_t least_entries = 2, most_entries = 10;
        std::size_t j = at;
        while (j < n && j - at <= most_entries && list_entry(p, j))
            ++j;
        if (j - at >= least_entries && j - at <= most_entries)
            end = at = j;
        else if (last > 0 && p.raw_quality[last - 1] == Quality::good)
            at = past_verdict(at); // (the verdict's first lead closes the region)
    }
    // Then the rows of a table of facts, right under the text or under a lead of their own, block after block.
    // "... Friuli: Carnia, Prealpi / Cosa fare: / Evitare di sostare nei sottopassi / Non attraversare corsi d'acqua /
    // Le precipitazioni potranno superare ...", "Qué hacer: / Evitar los pasos subterráneos / No cruzar los cauces /
    // <paragraph>": a further lead over two to ten short entries (list_entry(), a call's imperative phrases), the
    // text going on right under the last of them (text_going_on()), is the article's list too. (A related box's
    // label, "Leggi anche:", is no list_line(), so no lead.)
    auto entries_over_text = [&](std::size_t lead) {
        const std::size_t least_entries = 2, most_entries = 10;
        std::size_t j = lead + 1;
        while (j < n && j - lead - 1 <= most_entries && list_entry(p, j))
            ++j;
        const std::size_t entries = j - lead - 1;
        return entries >= least_entries && entries <= most_entries && j < n && text_going_on(p, j) ? j : lead;
    };
    for (;;) {
        if (at < n && list_lead(p, at)) {
            if (const std::size_t j = entries_over_text(at); j > at) {
                end = at = j;
                continue;
            }
            at = past_verdict(at + 1);
        }
        std::size_t j = at;
        while (j < n && j - at < most_rows && fact_row(p, j))
            ++j;
        // A lead over a single row, or over more rows than a table of facts holds, ends it.
        if (j - at < least_rows || (j < n && fact_row(p, j)))
            break;
        end = at = j;
    }
    return end;
}

namespace {

// "Alkoholgehalt: 10 % vol.", "Venue: The old pier", "Lieu : salle des fêtes": a row of facts that is a label of four
// words at most, a colon and its value (table_row()); the label lower-cased, empty for another line. `long_value`:
// the value may run to a paragraph ("Beschreibung: Töte den Wächter und sammle 200 Kristalle aus der Höhle im
// Norden. ..."), eighty words in all.
std::string_view record_label(const Page& p, std::size_t k, bool long_value) {
    const int most_label_words = 4, most_words = 80;
    const std::size_t most_label_bytes = 40;
    // (An event's rows are printed again for each of its dates: "Ort: Alte Schmiede, Husum" may repeat.)
    const Block& b = p.blocks[k];
    const bool shape = long_value ? b.words >= 2 && b.words <= most_words && !b.boilerplate &&
                                        text::starts_upper(b.text) && b.text.find(": ") <= most_label_bytes
                                  : table_row(b);
    // ("M.K.: Co to konkretnie oznacza?": an interview's question is no fact.)
    if (!shape || b.text.back() == '?' || p.role[k] != Role::none || b.urls > 0 || p.terminator[k] ||
        closing_notice(b) || is_promo_notice(b) || reader_prompt(b) || comment_form_notice(b))
        return {};
    const std::string_view low = b.lower;
    const std::size_t colon = low.find(": ");
    if (colon == std::string_view::npos || colon == 0)
        return {};
    const std::string_view label = text::trim(low.substr(0, colon));
    const auto label_words = text::split_ws(label);
    const bool short_label = !label.empty() && static_cast<int>(label_words.size()) <= most_label_words;
    // ("Gepubliceerd: 5 december 2026, 14:32 / Bijgewerkt: ... / <caption> / Foto: ANP / Kees Boer",
    // "Veröffentlicht: ... / Aktualisiert: ... / Foto: dpa": the page's own dates, under their labels, and a
    // picture's credit are no facts of an event or a product.)
    if (!short_label || opens_with_date_label(label_words) || is_credit_line(b))
        return {};
    return label;
}

// "Tel.", "E-Mail", "Öffnungszeiten", "Versand", "Cookie": a label of the page's footer or shop (lexicon section
// footer_label_words: contact, legal, shipping and cookie words, a post's filing), no fact of the article.
bool footer_label(std::string_view label) {
    static const LexiconSection& words = any_language_section("footer_label_words"); // (merged once)
    for (std::string_view w : text::split_ws(label)) {
        while (!w.empty() && (w.back() == '.' || w.back() == ':'))
            w.remove_suffix(1);
        if (words.has(w))
            return true;
    }
    return false;
}

} // namespace

bool record_row(const Page& p, std::size_t k, bool long_value) {
    return !record_label(p, k, long_value).empty();
}

FactRecords fact_records(const Page& p, std::size_t first, std::size_t to) {
    const auto& blocks = p.blocks;
    const std::size_t most_gap = 3;
    const int most_words = 30;
    // (A line between two rows: no furniture's phrase, notice or prompt, thirty words at most or a row whose value runs
    // longer; it may be printed again with the next record, as its rows are: "Anmeldung: per E-Mail an info@...",
    // "Rum-Tour mit Schunkel".)
    auto between = [&](std::size_t k) {
        const Block& b = blocks[k];
        return p.role[k] == Role::none && !b.boilerplate && !p.terminator[k] && b.letters > 0 &&
               (b.words <= most_words || record_row(p, k, true)) && !closing_notice(b) && !is_promo_notice(b) &&
               !reader_prompt(b) && !comment_form_notice(b) && !author_bio(b);
    };
    // (A line of no word, a lone mark or a space the page printed between two records, is no gap.)
    auto mark_only = [&](std::size_t k) {
        const Block& b = blocks[k];
        return b.words == 0 && b.letters == 0 && b.digits == 0 && !p.terminator[k];
    };
    FactRecords r{first, first, 0, 0, 0};
    std::size_t gap = 0, group = 0;
    bool gap_sentence = false;
    // "Nachgefragt: Portemonnaie organisieren / Top 5: Apps für mehr Organisation / Nachgefragt: Ordnung im Keller",
    // "Schlägertest 2020: 16 Rackets / Schlägertest 2020: 17 Rackets": titles of articles under their kickers repeat
    // one label or two, often on rows one after the other; a record names three things at least, each once in a
    // row. (Its labels, eight distinct ones at most, are all that is kept of them.)
    std::string_view labels[8];
    std::size_t distinct = 0;
    bool twice_in_a_row = false;
    std::string_view before;
    for (std::size_t j = first; j < std::min(to, blocks.size()); ++j) {
        const std::string_view label = record_label(p, j, false);
        if (label.empty()) {
            if (mark_only(j))
                continue;
            if (!between(j) || ++gap > most_gap)
                break;
            gap_sentence = gap_sentence || blocks[j].end_punct;
            continue;
        }
        // ("Spielstatistik / Ballbesitz: 38 % - 62 % / Ecken: 2 - 8 / Mehr aus dem Sport / Eishockey: Die Adler
        // siegen": a row alone under a label, closing the run, is a title under its kicker; it ends no record. Under a
        // sentence, "Es werden sechs Whiskys verkostet. / Eintritt: 58 Euro", it is the record's last row.)
        group = gap > 0 || j == first ? 1 : group + 1;
        const bool under_label = gap > 0 && !gap_sentence;
        gap = 0;
        gap_sentence = false;
        ++r.rows;
        twice_in_a_row = twice_in_a_row || label == before;
        before = label;
        if (footer_label(label)) {
            ++r.footer;
            continue;
        }
        if (group == 1 && under_label && j + 1 < std::min(to, blocks.size()) && record_label(p, j + 1, false).empty())
            continue;
        r.last = j;
        r.facts = r.rows - r.footer;
        if (distinct < std::size(labels) && std::find(labels, labels + distinct, label) == labels + distinct)
            labels[distinct++] = label;
    }
    // (Three rows of facts at least, of three labels, the footer's rows fewer than half of all.)
    const std::size_t least_rows = 3, least_labels = 3;
    if (r.rows - r.footer < least_rows || r.footer * 2 >= r.rows || distinct < least_labels || twice_in_a_row)
        r.facts = 0;
    return r;
}

namespace {

// The first row of the run of rows of facts that row k stands in: up from k, row after row, three lines at most
// between two (as fact_records() allows), no higher than `rs`.
std::size_t first_record_row(const Page& p, std::size_t k, std::size_t rs) {
    const std::size_t most_gap = 3;
    std::size_t first = k;
    for (std::size_t j = k; j-- > rs && first - j <= most_gap + 1;)
        if (record_row(p, j))
            first = j;
    return first;
}

} // namespace

bool fact_record_line(const Page& p, std::size_t k, std::size_t rs, std::size_t re) {
    if (k < rs || k > re || !record_row(p, k))
        return false;
    const FactRecords r = fact_records(p, first_record_row(p, k, rs), re + 1);
    return r.facts > 0 && k <= r.last;
}

// "... passt er zu leichten Vorspeisen. / Weitere Weine / Details / Alkoholgehalt: 10 % vol. / Region: Napa Valley /
// ... / Details zum Artikel / Rebsorte: Zinfandel / ...", "... more dates will follow. / March / Date: 6 March, 7 pm
// / Venue: The old pier / Theme: Whiskies of Islay / Tasting six whiskies from the island. / Entry: 58 euros / Date:
// 27 March, 7 pm / Venue: ...": the records of facts under the article's last paragraph (a product's rows, an
// event's rows printed again for each date) are its text, however many (fact_records()): over the first row, four
// short labels at most (a tab's or a box's title, no sentence); the rows join the region up to the last of them.
std::pair<std::size_t, std::size_t> take_fact_records(const Page& p, std::size_t rs, std::size_t re) {
    const auto& blocks = p.blocks;
    const std::size_t n = blocks.size(), most_labels = 4;
    const int most_label_words = 5;
    if (re + 1 >= n || blocks[re].boilerplate)
        return {rs, re};
    // ("... / Name: Die Glocke im Nebel / Stufe: 15 / <region's end> / Beschreibung: Sammle 20 Muscheln, 15 Krebse,
    // ... / Lohn: 500 Taler / ...": the region closing on rows that a rule took in, the run goes on from them.)
    std::size_t first = n;
    if (record_row(p, re)) {
        first = first_record_row(p, re, rs);
    } else if (p.raw_quality[re] == Quality::good) {
        std::size_t k = re + 1;
        while (k < n && k - re <= most_labels && p.role[k] == Role::none && !blocks[k].boilerplate &&
               blocks[k].repeats == 0 && !p.terminator[k] && !record_row(p, k) &&
               blocks[k].words <= most_label_words && !blocks[k].end_punct)
            ++k;
        if (k < n && record_row(p, k))
            first = k;
    }
    if (first >= n)
        return {rs, re};
    const FactRecords r = fact_records(p, first, n);
    return {rs, r.facts > 0 ? std::max(re, r.last) : re};
}

// "... on the landing stage. / Three things changed: / A wider gangway / Heated seats", "... from the region. / The
// new ferry: / Length: 48 metres / Passengers: 320": under the article's last paragraph, the short entries its colon
// announces and the rows of a table of facts are the article's, however short; only their shape kept them out.
// "Infos pratiques / Jusqu'au 28 avril, du mardi au samedi à 21 heures. / Théâtre des Quais, 2 rue du Port, Lyon. /
// Tarifs : de 15 à 38 euros. Réservations au 04 72 10 20 30.", "Praktische Infos / Bis 28. April, Di-So 10-18 Uhr /
// Eintritt: 12 Euro, ermäßigt 8 Euro": a box of practical information closing a review or a guide (the dates, the
// place, the prices, a phone number), its title (lexicon section practical_box_titles) alone on its line, then its
// lines printed together (the first may be set apart from the title), one to eight, forty words at most each, none
// printed elsewhere on the page, no furniture's phrase, notice or prompt. One past its last line; `title` when no such
// box opens there.
std::size_t practical_box_end(const Page& p, std::size_t title) {
    static const LexiconSection& titles = any_language_section("practical_box_titles"); // (merged once)
    const auto& blocks = p.blocks;
    const std::size_t n = blocks.size(), most_lines = 8;
    const int most_title_words = 4, most_words = 40;
    if (title >= n || blocks[title].words == 0 || blocks[title].words > most_title_words || blocks[title].repeats > 0)
        return title;
    std::string_view low = blocks[title].lower;
    if (low.ends_with(':'))
        low = text::trim(low.substr(0, low.size() - 1));
    if (!titles.has(low))
        return title;
    auto box_line = [&](std::size_t k) {
        const Block& b = blocks[k];
        return (p.role[k] == Role::none || p.role[k] == Role::paragraph) && b.words > 0 && b.words <= most_words &&
               !b.boilerplate && b.repeats == 0 && !p.terminator[k] && !closing_notice(b) && !is_promo_notice(b) &&
               !reader_prompt(b) && !comment_form_notice(b) && !author_bio(b);
    };
    std::size_t end = title + 1;
    while (end < n && end - title <= most_lines && box_line(end) && (end == title + 1 || !blocks[end].blank_before))
        ++end;
    return end;
}

// "... laisse la salle dans un silence rare. / Infos pratiques / <its lines>": a box of practical information
// (practical_box_end()) among the region's last lines or right under it belongs to the article however few of its
// words jusText counts as text: its lines join the region.
std::pair<std::size_t, std::size_t> take_practical_box(const Page& p, std::size_t rs, std::size_t re) {
    const std::size_t n = p.blocks.size(), most_back = 4;
    for (std::size_t at = std::min(re + 1, n - 1); at > rs && re - std::min(at, re) <= most_back; --at)
        if (const std::size_t end = practical_box_end(p, at); end > at + 1)
            return {rs, std::max(re, end - 1)};
    return {rs, re};
}

// "... Die Gemeinde bedauert den Entscheid. / Video / Der letzte Arbeitstag in der Backstube / 02:15 / Huber will nun
// reisen. Zuerst nach Italien.", "... La commune regrette la décision. / Vidéo / Le dernier jour au fournil / 02:15 /
// <text>": a video player between the article's lines (its title, a label over it at most, then its length alone on
// its line: video_length()) does not end the article: the text right under the length (a paragraph of prose, or the
// short sentences closing the article) joins the region. The region's last line a paragraph or a short sentence.
std::pair<std::size_t, std::size_t> take_text_past_video(const Page& p, std::size_t rs, std::size_t re) {
    const auto& blocks = p.blocks;
    const std::size_t n = blocks.size(), most_over = 2;
    const int most_title = 15;
    const Block& last = blocks[re];
    if (!last.end_punct || last.boilerplate ||
        (p.raw_quality[re] != Quality::good && !short_sentence(last, p.language) && !terse_sentence(last, p.language)))
        return {rs, re};
    std::size_t length = re + 1;
    while (length < n && length - re - 1 < most_over && !video_length(blocks[length])) {
        if (!list_line(p, length) || blocks[length].words > most_title || p.raw_quality[length] == Quality::good)
            return {rs, re};
        ++length;
    }
    if (length == re + 1 || length + 1 >= n || !video_length(blocks[length]) || !text_going_on(p, length + 1))
        return {rs, re};
    std::size_t end = length + 1;
    while (end + 1 < n && text_going_on(p, end + 1))
        ++end;
    return {rs, closing_sentences_end(p, end, true)};
}

namespace {

// "@janeroe", "@stadt_wendle": an account's handle alone on its line.
bool handle_line(const Block& b) {
    return b.words == 1 && b.text.size() >= 3 && b.text.front() == '@';
}

} // namespace

std::size_t embed_card_end(const Page& p, std::size_t handle) {
    const auto& blocks = p.blocks;
    const std::size_t n = blocks.size(), most_post_lines = 4, most_buttons = 6;
    const int most_post_words = 60, most_stamp_words = 12, most_button_words = 5;
    if (handle >= n || !handle_line(blocks[handle]))
        return handle;
    // "4:52 PM · Dec 2, 2026", "16:52 · 2. Dez. 2026": the post's time and day under its text, no sentence.
    auto stamp = [&](std::size_t k) {
        const Block& b = blocks[k];
        return b.digits > 0 && b.words <= most_stamp_words && !b.end_punct && has_clock(b.text) &&
               read_dates(b.text, p.language).is_date_line;
    };
    std::size_t k = handle + 1;
    while (k < n && k - handle <= most_post_lines && !stamp(k) && blocks[k].words <= most_post_words &&
           !p.terminator[k])
        ++k;
    if (k >= n || k == handle + 1 || !stamp(k))
        return handle;
    // "12.4K", "Reply", "Copy link", "Read 1.1K replies", "Antworten", "Link kopieren": its counts and buttons.
    std::size_t end = k + 1;
    while (end < n && end - k <= most_buttons && blocks[end].words <= most_button_words && !blocks[end].end_punct)
        ++end;
    return end;
}

std::size_t embed_card_start(const Page& p, std::size_t handle) {
    const int most_name_words = 4;
    if (handle == 0)
        return handle;
    const Block& name = p.blocks[handle - 1];
    return name.words >= 1 && name.words <= most_name_words && !name.end_punct && name.digits == 0 ? handle - 1
                                                                                                  : handle;
}

std::pair<std::size_t, std::size_t> take_text_past_embed(const Page& p, std::size_t rs, std::size_t re) {
    const auto& blocks = p.blocks;
    const std::size_t n = blocks.size();
    if (p.raw_quality[re] != Quality::good || !blocks[re].end_punct || blocks[re].boilerplate)
        return {rs, re};
    // The handle right under the paragraph, or under the account's name.
    for (std::size_t handle = re + 1; handle < n && handle <= re + 2; ++handle) {
        if (!handle_line(blocks[handle]))
            continue;
        if (embed_card_start(p, handle) != re + 1)
            return {rs, re};
        const std::size_t end = embed_card_end(p, handle);
        if (end == handle || end >= n || !text_going_on(p, end))
            return {rs, re};
        std::size_t last = end;
        while (last + 1 < n && text_going_on(p, last + 1))
            ++last;
        return {rs, closing_sentences_end(p, last, true)};
    }
    return {rs, re};
}

namespace {

// "#5", "#12": a post's number in a forum's thread alone on its line; -1 for any other line.
int post_number(const Block& b) {
    const std::string& t = b.text;
    const std::size_t most_digits = 4;
    if (t.size() < 2 || t.size() > most_digits + 1 || t.front() != '#')
        return -1;
    int value = 0;
    for (std::size_t i = 1; i < t.size(); ++i) {
        if (!text::is_digit(static_cast<unsigned char>(t[i])))
            return -1;
        value = value * 10 + (t[i] - '0');
    }
    return value;
}

} // namespace

std::pair<std::size_t, std::size_t> take_next_posts(const Page& p, std::size_t rs, std::size_t re) {
    const auto& blocks = p.blocks;
    const std::size_t n = blocks.size(), most_furniture = 8, reach_back = 80;
    const int most_furniture_words = 4;
    for (;;) {
        if (p.raw_quality[re] != Quality::good || !blocks[re].end_punct || blocks[re].boilerplate)
            return {rs, re};
        // The post's buttons and the next post's header: short lines, no sentence, its number last.
        std::size_t k = re + 1;
        while (k < n && k - re <= most_furniture && post_number(blocks[k]) < 0 &&
               blocks[k].words <= most_furniture_words && !blocks[k].end_punct)
            ++k;
        if (k + 1 >= n || post_number(blocks[k]) <= 1 || !text_going_on(p, k + 1))
            return {rs, re};
        // The number of the post before it heads one of the region's posts.
        const int number = post_number(blocks[k]);
        bool numbered = false;
        for (std::size_t j = re; j > rs && re - j < reach_back && !numbered; --j)
            numbered = blocks[j].text.front() == '#' && post_number(blocks[j]) == number - 1;
        if (!numbered)
            return {rs, re};
        re = k + 1;
        while (re + 1 < n && text_going_on(p, re + 1))
            ++re;
    }
}

// "... Die Tabelle nach dem 12. Spieltag: / 1. FC Adler 12 9 2 1 28:10 29 / 2. TSV Bergheim 12 7 3 2 22:13 24 / Am
// kommenden Wochenende reist der Spitzenreiter nach Bergheim ...": the article's text goes on under the list or the
// table: the paragraphs of prose right under its last line (text_going_on()) join the region too.
std::pair<std::size_t, std::size_t> take_announced_list(const Page& p, std::size_t rs, std::size_t re) {
    // (The paragraph, or the short sentence closing it that announces the list: "Three things changed:".)
    const Block& last = p.blocks[re];
    if ((p.raw_quality[re] != Quality::good && last.text.back() != ':') || last.boilerplate)
        return {rs, re};
    std::size_t end = announced_list_end(p, re) - 1;
    if (end > re)
        while (end + 1 < p.blocks.size() && text_going_on(p, end + 1))
            ++end;
    return {rs, end};
}

// "... morgen nog de tram nemen. / Wat is de Kennedytunnel? / Geopend in 1969 / Drie kokers: twee voor auto's, één voor
// trein / Elke dag rijden er zo'n 130.000 voertuigen door / Renovatie gepland vanaf 2028", "Key facts / Opened in 1969 /
// Length: 512 metres / ...": a box of facts closing the article, its title (a question or a label of eight words at
// most, no sentence, no figure, no colon) over three to eight short items (ten words at most, no sentence's stop, none rated text), half
// of them with a figure at least, then a line that is no such item. One past its last item; `title` when the lines
// are no such box. ("Votations du 14 juin / Tous les résultats, commune par commune / Loi sur l'énergie: le oui
// l'emporte": the titles of other articles under a label hold no figures.)
std::size_t fact_label_end(std::string_view line) {
    const std::size_t colon = line.find(": ");
    if (colon == std::string_view::npos || colon == 0 ||
        std::any_of(line.begin(), line.begin() + static_cast<std::ptrdiff_t>(colon),
                    [](char c) { return text::is_digit(static_cast<unsigned char>(c)); }))
        return std::string_view::npos;
    return colon;
}

namespace {

// "1921 Fußballabteilung", "1974 Hall opened": a year of four figures, a space, then a letter.
bool year_led(std::string_view line) {
    const std::size_t digits = 4;
    if (line.size() < digits + 2 || line[digits] != ' ')
        return false;
    for (std::size_t i = 0; i < digits; ++i)
        if (!text::is_digit(static_cast<unsigned char>(line[i])))
            return false;
    std::size_t at = digits + 1;
    return text::is_letter(text::next_cp(line, at));
}

} // namespace

std::size_t fact_box_end(const Page& p, std::size_t title, std::size_t* figures) {
    const auto& blocks = p.blocks;
    const std::size_t n = blocks.size(), least_items = 3, most_items = 8;
    const int most_title_words = 8, most_item_words = 10;
    if (title >= n || !list_line(p, title))
        return title;
    const Block& t = blocks[title];
    // ("Combe-Noire: 72,4% de oui", "Perú, Ecuador y México: 11:30 horas": a row with a figure or a colon is the
    // box's first item, no title.)
    // ("Kontakt / Tel.: 030 123 45 / Fax: 030 123 46 / E-Mail: info@...", "Contact / Phone: ...": the page's footer,
    // its title or half its rows' labels a word of footer_label_words, holds no facts of the article; "Durée prévue:
    // 24 heures" alone among the facts of a strike is one of them.)
    auto footer_row = [](const Block& b) {
        const std::string_view low = b.lower;
        const std::size_t colon = low.find(':');
        return footer_label(colon == std::string_view::npos ? low : low.substr(0, colon));
    };
    if (t.words < 1 || t.words > most_title_words || (t.end_punct && t.text.back() != '?') || t.digits > 0 ||
        t.text.find(':') != std::string::npos || t.repeats > 0 || footer_row(t))
        return title;
    // ("Le pagelle / Valmarina 30 / Porto Alto 28": a table of names and points, a widget of the page, is no box of
    // facts; an item is a phrase, a word in small letters in it, or a label and its value.)
    // ("Zeittafel / 1908 Gründung des Vereins / 1921 Fußballabteilung", "Timeline / 1908 Club founded / 1921
    // Football": a chronology's entry, a year and what happened in it, is a phrase too.)
    auto phrase = [](std::string_view line) {
        if (year_led(line))
            return true;
        for (std::size_t at = 0; at < line.size();) {
            const std::size_t start = at;
            if (text::is_lower(text::next_cp(line, at)) && (start == 0 || line[start - 1] == ' '))
                return true;
        }
        return line.find(": ") != std::string_view::npos;
    };
    // (The items glued to the title and to one another; on a page setting every line apart, a title set apart from
    // its first item has its items each set apart: "Zahlen zur Ambulanz / (blank) / Eröffnet: 2019 / (blank) / ...".)
    // ("Prices / (blank) / A seat costs from £45 / A shared cabin from £90 / ...": a title set apart over items glued
    // to one another, as a page setting its paragraphs apart prints a list; a blank line then ends the box.)
    const bool spaced = t.blank_after;
    const bool spaced_items = spaced && !(title + 2 < n && !blocks[title + 2].blank_before);
    auto item = [&](std::size_t k) {
        const Block& b = blocks[k];
        const char last = b.text.back();
        return list_line(p, k) && b.words <= most_item_words && last != '.' && last != '!' && last != '?' &&
               last != ':' && p.raw_quality[k] != Quality::good &&
               b.blank_before == (k == title + 1 ? spaced : spaced_items) && phrase(b.text);
    };
    // ("Öffnungszeiten: täglich", "Open: zeven dagen per week", "Horario: todos los días": a fact named by its label
    // before a colon, a word or two, though the value holds no figure.)
    auto labelled = [](const Block& b) {
        const int most_label_words = 2;
        const std::size_t colon = fact_label_end(b.text);
        return colon != std::string::npos &&
               std::count(b.text.begin(), b.text.begin() + static_cast<std::ptrdiff_t>(colon), ' ') < most_label_words;
    };
    std::size_t end = title + 1, facts = 0, named = 0, footer = 0;
    while (end < n && end - title - 1 <= most_items && item(end)) {
        const Block& b = blocks[end];
        facts += b.digits > 0;
        named += b.digits > 0 || labelled(b);
        footer += footer_row(b);
        ++end;
    }
    const std::size_t items = end - title - 1;
    if (figures != nullptr)
        *figures = named;
    return items >= least_items && items <= most_items && facts * 2 >= items && footer * 2 < items ? end : title;
}

// The box of facts (fact_box_end()) right under the article's last paragraph, its title and items, joins the region;
// so do the paragraphs of prose right under the box (text_going_on()): "... Un train sur deux est supprimé. / Les
// faits / Début de la grève: jeudi 5 heures / Lignes touchées: 2 / Durée prévue: 24 heures / Le syndicat affirme
// ...", "... Die Gespräche gehen am Montag weiter. / Das Wichtigste in Kürze / ... / <paragraph>": the article goes on
// under its box. The region may end on a short sentence closing its paragraphs (take_closing_sentences()).
std::pair<std::size_t, std::size_t> take_fact_box(const Page& p, std::size_t rs, std::size_t re) {
    const Block& last = p.blocks[re];
    const bool closing = p.raw_quality[re] == Quality::good ||
                         (re > rs && (short_sentence(last, p.language) || terse_sentence(last, p.language)));
    if (!closing || !last.end_punct || last.boilerplate)
        return {rs, re};
    // ("... en fin d'après-midi. (ats)": the agency's tag closes the article, and the region, where it stands.)
    if (const std::size_t open = last.text.rfind('(');
        last.text.back() == ')' && open != std::string::npos && agency_tag(std::string_view(last.text).substr(open)))
        return {rs, re};
    std::size_t end = fact_box_end(p, re + 1);
    if (end == re + 1)
        return {rs, re};
    while (end < p.blocks.size() && text_going_on(p, end))
        ++end;
    return {rs, end - 1};
}

// "... ist nun als Buch erschienen. / Leandra-Lou / Gebundene Ausgabe: 80 Seiten / Kunstanstifter Verlag / Sprache:
// Deutsch / ISBN-10: 3942795116 / <region>", "... opens on Friday. / Harbour Days / Where: The old pier / When: May 3
// to 5 / <region>": the facts of the book, the product or the event that an article presents, printed between its
// first paragraphs and the rest, cut those paragraphs off the region (each row weighs against it). Over the region, a
// box of a dozen lines at most, half of them rows of facts (two at least) and none of them text, then two sentences
// at least right over the box: the box and the sentences over it join the region.
std::size_t text_over_facts(const Page& p, std::size_t rs) {
    const auto& blocks = p.blocks;
    const std::size_t most_lines = 12, least_rows = 2, least_text = 2;
    const int most_words = 20; // the title of a book and its authors, over its rows
    auto box_line = [&](std::size_t k) {
        return p.raw_quality[k] != Quality::good && blocks[k].words <= most_words && list_line(p, k);
    };
    std::size_t k = rs, rows = 0;
    while (k > 0 && rs - k < most_lines && box_line(k - 1))
        rows += fact_row(p, --k);
    if (rows < least_rows || rows * 2 < rs - k)
        return rs;
    // A sentence of five words at least ("Then read his memoirs!"): rated text, or of a sentence's shape; one of them
    // rated good.
    const int least_words = 5;
    auto prose = [&](std::size_t j) {
        const Block& b = blocks[j];
        return b.words >= least_words && b.end_punct && (textual(p.raw_quality[j]) || sentence_shape(b)) &&
               !b.boilerplate && b.repeats == 0 && !p.terminator[j];
    };
    std::size_t start = k;
    bool good = false;
    for (; start > 0 && prose(start - 1); --start)
        good = good || p.raw_quality[start - 1] == Quality::good;
    return k - start >= least_text && good ? start : rs;
}

} // namespace archive

namespace archive {

// "6 / 12 / <caption> / Image: Getty Images / <paragraph> / Read more: Storm Edwina: what we know so far / 7 / 12 /
// <caption> / Image: X / 8 / 12 / <caption> / Image: Y / Related Topics", "6/20 ... / Lesen Sie auch: ... / 7/20
// ...": a gallery's slides (their counters "N / M") in the region go on under its end after a paragraph or a link to
// another article set between two slides: each next counter of the same count within a few lines of the last one
// joins the region, with the lines of its slide (as many as the region's slides hold, caption and credit), up to a
// line that ends the article. The region's last counter is looked for among its last lines.
std::pair<std::size_t, std::size_t> take_gallery_slides(const Page& p, std::size_t rs, std::size_t re) {
    const auto& blocks = p.blocks;
    const std::size_t n = blocks.size(), reach = 4, most_slide = 4, look_back = 12;
    if (re + 1 >= n)
        return {rs, re};
    // The region's last two counters of one count, one after the other.
    std::size_t last = n, before = n;
    long number = 0, count = 0;
    for (std::size_t k = re + 1; k-- > rs && re - k < look_back;) {
        const auto slide = gallery_counter(blocks[k]);
        if (!slide)
            continue;
        if (last == n) {
            last = k;
            number = slide->first;
            count = slide->second;
        } else if (slide->second == count && slide->first + 1 == number) {
            before = k;
            break;
        } else {
            break;
        }
    }
    if (before == n)
        return {rs, re};
    const std::size_t per_slide = last - before;
    if (per_slide < 2 || per_slide > most_slide)
        return {rs, re};
    std::size_t end = re;
    for (std::size_t from = std::max(last + per_slide - 1, re) + 1; from < n;) {
        std::size_t next = n;
        for (std::size_t k = from; k < n && k - from < reach; ++k) {
            if (p.terminator[k])
                break;
            if (const auto slide = gallery_counter(blocks[k]); slide && slide->second == count && slide->first == number + 1) {
                next = k;
                break;
            }
        }
        if (next == n)
            break;
        ++number;
        end = next;
        for (std::size_t k = next + 1; k < n && k < next + per_slide && !p.terminator[k] && !gallery_counter(blocks[k]); ++k)
            end = k;
        from = end + 1;
    }
    return {rs, end};
}

} // namespace archive
