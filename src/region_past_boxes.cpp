// The article's text going on past what stands between its paragraphs (trim_region(), region_edges.cpp): a box of
// related links, a sign-up form or a teaser, a picture, a paywall's prompt over the text printed whole, a video player,
// an embedded post's card, a forum's next post, a gallery's next slides; and a correction note under a box of related
// links.
#include "classify.hpp"
#include "page.hpp"
#include "region_parts.hpp"
#include "region_pictures.hpp"
#include "story_words.hpp"

#include "bylines.hpp"
#include "dates.hpp"
#include "lexicon.hpp"
#include "text.hpp"

#include <algorithm>
#include <optional>
#include <string>
#include <utility>

namespace archive {

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
// "... / Les partis se positionnent / Le président du parti a salué un accord équilibré. / Il appelle à voter oui.",
// "... / Die Parteien reagieren / <paragraph> / <sentence>": line h, glued under the text going on, is the cross-head
// of its next section when it is shaped as one (two to eight words, no stop, no figure, no link, printed once, no
// label of the page) and a paragraph of prose (text_going_on()) and a sentence of eight words at least stand glued
// under it, or the short sentences closing the article (closing_sentences_end()): a card prints one summary under
// its title, the next card's title under that.
bool glued_cross_head(const Page& p, std::size_t h) {
    const Block& b = p.blocks[h];
    const int least_head = 2, most_head = 8;
    return h + 2 < p.blocks.size() && !b.blank_before && b.words >= least_head && b.words <= most_head &&
           b.digits == 0 && b.urls == 0 && b.repeats == 0 && !b.end_punct && !b.boilerplate && !p.terminator[h] &&
           heading_like(b) && text_going_on(p, h + 1) && !p.blocks[h + 1].blank_before &&
           (glued_sentence(p, h + 2) || closing_sentences_end(p, h + 1) > h + 1);
}

// "Galleria", "Galeria: veja as estações que vão abrir de madrugada": a gallery's label (lexicon section
// gallery_labels) alone on its line or before a colon and its title.
bool gallery_label_line(const Block& b) {
    static const LexiconSection* labels = common_lexicon().section("gallery_labels"); // (looked up once)
    const std::string_view low = b.lower;
    const std::size_t colon = low.find(": ");
    return labels != nullptr && (labels->has(low) || (colon != std::string_view::npos && labels->has(low.substr(0, colon))));
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

namespace {
// The matter words line k shares with the story over the box of links labelled at line `at` (the long lines among
// the thirty right over the label, its paragraphs and head) and with the box's titles (words_shared()).
std::pair<std::size_t, std::size_t> story_and_title_words(const Page& p, std::size_t at, std::size_t k) {
    const std::size_t reach = 30;
    const std::size_t from = at > reach ? at - reach : 0;
    return {words_shared(p, k, from, at, true), words_shared(p, k, at + 1, k, false)};
}

// "Leggi anche / Como, il lungolago chiuso alle auto / Secondo l'azienda, i lavori sono necessari per rispettare le
// nuove norme. / Condividi": line k, under a box of related links whose label is line `at`, is the article's text
// going on when it is a paragraph of prose (text_going_on()) that tells more of the story over the box (two of its
// words, four letters long and no stopword, or their inflections, printed in the paragraphs over the label) and not
// of the box's titles (one such word of theirs at most; or one word of the story and none of the titles): a card's
// summary retells its title.
bool story_goes_on(const Page& p, std::size_t at, std::size_t k) {
    const std::size_t least_story = 2, most_title = 1;
    if (k <= at + 1 || k >= p.blocks.size() || !text_going_on(p, k))
        return false;
    // (One word of the story will do when the paragraph shares none with the titles.)
    const auto [story, titles] = story_and_title_words(p, at, k);
    return (story >= least_story && titles <= most_title) || (story > 0 && titles == 0);
}
} // namespace

bool card_summary_under(const Page& p, std::size_t at) {
    const auto& blocks = p.blocks;
    const std::size_t n = blocks.size(), least_retold = 2;
    const int least_title = 3, most_title = 20;
    if (at + 2 >= n || p.terminator[at] || !(related_label(blocks[at]) || more_link(blocks[at])))
        return false;
    const Block& t = blocks[at + 1];
    const char last = t.text.empty() ? ' ' : t.text.back();
    if (t.words < least_title || t.words > most_title || (t.end_punct && last != '?') || t.urls > 0 ||
        t.repeats > 0 || p.terminator[at + 1])
        return false;
    const std::size_t k = at + 2;
    if (!text_going_on(p, k) || (k + 1 < n && text_going_on(p, k + 1)))
        return false;
    // (A paragraph of the story may name a related title's words too, "pool" and "Dunmore", but more of the story's.)
    const auto [story, titles] = story_and_title_words(p, at, k);
    return titles >= least_retold && titles > story;
}

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
    // ("À lire aussi / <title> / <paragraph> / Les partis se positionnent / <paragraph> / <sentence>": the paragraph
    // under the one title may close its section, a cross-head over the next one under it: glued_cross_head().)
    // ("Leggi anche / <title> / <paragraph> / Condividi": a paragraph alone under the one title, the article's end
    // under it, is its text when it goes on with the story told over the box, no summary of the title:
    // story_goes_on().)
    return (k + 1 < n && (glued_sentence(p, k + 1) || text_past_picture(p, k + 1) > 0 ||
                          text_past_paywall(p, k + 1) > 0 || glued_cross_head(p, k + 1))) ||
                   story_goes_on(p, at, k)
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

namespace {
// "Read more: Home sales fall for a fifth month", "À lire aussi : Ce que contient l'accord", "Lesen Sie auch: Die
// Fähre fährt wieder": a link to another article on one line, a related label or prefix (lexicon sections
// related_labels, related_prefixes) before a colon, then a title of three words at least with no stop.
bool related_link_line(const Block& b) {
    const int least_title = 3, most_words = 25;
    if (!b.boilerplate || b.end_punct || b.words <= least_title || b.words > most_words || b.urls > 0)
        return false;
    const std::string_view low = b.lower;
    const std::size_t colon = low.find(": ");
    if (colon == std::string_view::npos || colon == 0)
        return false;
    std::string_view label = low.substr(0, colon);
    if (label.back() == ' ') // ("À lire aussi : ...": French sets a space before the colon)
        label.remove_suffix(1);
    static const LexiconSection& labels = any_language_section("related_labels");     // (merged once)
    static const LexiconSection& prefixes = any_language_section("related_prefixes"); // (merged once)
    return (labels.has(label) || prefixes.has(label)) &&
           text::split_ws(low.substr(colon + 2), least_title).size() >= static_cast<std::size_t>(least_title);
}
} // namespace

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
        // "... comparing three offers. / Read more: Home Sales Fall for a Fifth Month / The bank's next decision is
        // due on Feb. 4.", "... / Lesen Sie auch: Die Fähre fährt wieder / Die Gemeinde entscheidet im März.": a link
        // to another article on one line (related_link_line()) leaves the text going on under it, the short sentences
        // that close it (closing_sentences_end()) as well as its paragraphs.
        if (related_link_line(blocks[k])) {
            if (const std::size_t end = closing_sentences_end(p, k, true); end > k) {
                re = end;
                while (re + 1 < n && prose(re + 1))
                    ++re;
                continue;
            }
        }
        const std::size_t box = picture_end(p, k);
        if (const std::size_t resume = glued_box_text(p, box); resume > 0) {
            re = resume;
            bool headed = false; // (a cross-head crossed: the short sentences closing its section follow it)
            for (;;) {
                while (re + 1 < n && glued_sentence(p, re + 1))
                    ++re;
                // (The text goes on under a cross-head of its next section too: glued_cross_head().)
                if (re + 1 < n && glued_cross_head(p, re + 1)) {
                    re += 2;
                    headed = true;
                    continue;
                }
                const std::size_t past = re + 1 < n ? text_past_picture(p, re + 1) : 0;
                if (past == 0)
                    break;
                re = past;
            }
            if (headed)
                re = closing_sentences_end(p, re, true);
            continue;
        }
        // "... / À lire aussi / (blank) / Porrentruy: la patinoire ouvre ce week-end / (blank) / <paragraph>": a
        // related label over one title, printed apart as the paragraphs are, over a paragraph that goes on with the
        // story told over the box (story_goes_on()): the text goes on there.
        if (const int least_link = 3, most_link = 20;
            k + 2 < n && related_label(blocks[k]) && blocks[k + 1].words >= least_link &&
            blocks[k + 1].words <= most_link && blocks[k + 1].urls == 0 && blocks[k + 1].repeats == 0 &&
            !p.terminator[k + 1] && (!blocks[k + 1].end_punct || blocks[k + 1].text.back() == '?') &&
            story_goes_on(p, k, k + 2)) {
            re = k + 2;
            while (re + 1 < n && prose(re + 1))
                ++re;
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
