// The lines inside the article's region that leave its body (the region's edges are in region_edges.cpp): the prompts
// to the reader, notices on the article, an affiliate programme or an app, the share and call buttons, a comment form's
// notice, a note on who paid for the piece; the subscribers' badges over the text (drop_paywall_badges()), the buttons
// to download a file, an obituary's subject label, the heading over the region (heading_over_region()), notices of a
// story in progress, titles over a closing note and fact-check notes.
#include "classify.hpp"
#include "page.hpp"
#include "region_edge_parts.hpp"
#include "region_parts.hpp"
#include "sections_parts.hpp"

#include "download_buttons.hpp"
#include "lexicon.hpp"
#include "lexicon_openings.hpp"
#include "text.hpp"

#include <algorithm>
#include <string_view>
#include <unordered_map>

namespace archive {

namespace {

// The line names a messaging app a site runs a channel of its news on (lexicon section messenger_words: "WhatsApp",
// "Telegram").
bool messenger_call(const Block& b) {
    static const LexiconSection* messengers = common_lexicon().section("messenger_words"); // (looked up once)
    return messengers != nullptr && messengers->has_any(b.lower_words());
}

} // namespace

bool reader_prompt(const Block& b) {
    const std::size_t most_words = 40, most_button = 12, most_stopped_button = 6;
    const auto& words = b.lower_words();
    if (words.empty() || words.size() > most_words)
        return false;
    // (Each language's sections, merged once and never changed.)
    static const LexiconSection& calls = any_language_section("reader_call_words");
    static const LexiconSection& channels = any_language_section("reader_channel_words");
    static const LexiconSection& persons = any_language_section("reader_person_words");
    // ("Vous avez repéré une information douteuse ? Écrivez-nous : verif@journal.example", "Write to us at
    // letters@paper.example": the address written out is the channel.)
    // ("Do you have a story for us? Email newsdesk@paper.example", "Mailen Sie uns: redaktion@blatt.example": a verb
    // of the channel itself, lexicon section reader_address_call_words, calls only with the address written out;
    // "She told us in an email that ..." calls nobody.)
    static const LexiconSection& address_calls = any_language_section("reader_address_call_words");
    if (!(calls.has_any(words) || (b.urls > 0 && address_calls.has_any(words))) ||
        (!channels.has_any(words) && b.urls == 0))
        return false;
    // "Share this article", "Sign in to post a reply.": a button of a few words needs nobody addressed.
    const bool button = words.size() <= most_button && (!b.end_punct || words.size() <= most_stopped_button);
    // "Receba notícias do Diário no seu Telegram e fique por dentro! Basta acessar o canal: https://t.me/...": nor
    // does a call naming a messaging app with the link to the site's channel there.
    return button || persons.has_any(words) || (b.urls > 0 && messenger_call(b));
}

bool article_service_notice(const Block& b) {
    const std::size_t most_words = 20;
    // (A question or a call, a short line: its counts and a byte settle most lines before a word is looked up.)
    if (b.words < 3 || static_cast<std::size_t>(b.words) > most_words || b.urls > 0 ||
        (b.text.find('?') == std::string::npos && b.text.find('!') == std::string::npos))
        return false;
    // (Each language's sections, merged once and never changed.)
    static const LexiconSection& selves = any_language_section("article_self_words");
    static const LexiconSection& services = any_language_section("article_service_words");
    const auto& words = b.lower_words();
    return selves.has_any(words) && services.has_any(words);
}

bool affiliate_program_notice(const Block& b) {
    const int most_words = 40;
    if (b.words < 5 || b.words > most_words || b.urls > 0)
        return false;
    static const LexiconSection& phrases = any_language_section("affiliate_program_phrases"); // (merged once)
    for (std::string_view ph : phrases.entries)
        if (b.lower.find(ph) != std::string::npos)
            return true;
    return false;
}

bool app_promo(const Block& b) {
    const int most_words = 10;
    // (Its counts and its last byte first: a sentence closed by its stop, most lines, is settled there. Two tokens
    // make one: "Leggi nell'app", "Open app".)
    if (b.words < 2 || b.words > most_words || b.urls > 0 || b.text.empty() || b.text.back() == '.' ||
        b.text.back() == '?')
        return false;
    // (Each language's sections, merged once and never changed.)
    static const LexiconSection& apps = any_language_section("app_words");
    static const LexiconSection& calls = any_language_section("app_call_words");
    static const LexiconSection& reader_calls = any_language_section("reader_call_words");
    const auto& words = b.lower_words();
    if (!apps.has_any(words))
        return false;
    return calls.has_any(words) || reader_calls.has_any(words);
}

namespace {

// "Follow Us", "Folge uns", "Suivez-nous", "Follow us on Google News", "Folge uns auf Google News": a button calling
// the reader to follow the site, a call word ([reader_call_words]) then the site speaking of itself or the reader
// addressed ([reader_person_words]), though it names no channel, alone or before a short preposition and a name in
// capitals (the channel's: "Google News"). No stop, no figure. ("Folgen" alone is a noun as well: one word is no such
// button; "Write your own loader" goes on in small letters: a title.)
bool call_button(const Block& b) {
    const std::size_t most_words = 6, most_preposition = 3;
    const auto& words = b.lower_words();
    if (words.size() < 2 || words.size() > most_words || b.end_punct || b.digits > 0)
        return false;
    static const LexiconSection& calls = any_language_section("reader_call_words");
    static const LexiconSection& persons = any_language_section("reader_person_words");
    if (!calls.has(words[0]) || !persons.has(words[1]))
        return false;
    if (words.size() == 2)
        return true;
    if (text::length_cp(words[2]) > most_preposition || words.size() < 4)
        return false;
    // (The words of the text after the preposition, each opening with a capital: "Suivez-nous" is one token of two
    // words.)
    const auto tokens = text::split_ws(b.text, most_words + 1);
    auto at = std::find_if(tokens.begin(), tokens.end(), [&](std::string_view t) { return text::lower(t) == words[2]; });
    return at != tokens.end() && at + 1 != tokens.end() &&
           std::all_of(at + 1, tokens.end(), [](std::string_view t) { return text::starts_upper(t); });
}

} // namespace

bool share_button(const Block& b) {
    // "The council will share the plan on its page.", a sentence, or a longer line naming a page is the article's
    // text: only a button of a few words without a final mark is asked.
    // "Teilen", "Partager", "Share": the button's one word alone on its line (lexicon section share_buttons).
    // "📲 Participe do canal do Diário no WhatsApp", "Iscriviti al canale WhatsApp del Corriere per restare
    // aggiornato", "Folgen Sie uns auf WhatsApp für alle News aus der Region": a call to follow the site's channel on a
    // messaging app (messenger_call()) runs to twelve words, between the paragraphs as over them.
    const int most_words = 6, most_messenger_words = 12;
    static const LexiconSection& buttons = any_language_section("share_buttons"); // (merged once)
    if (b.words > most_messenger_words || b.end_punct || b.urls > 0)
        return false;
    if (b.words > most_words)
        return messenger_call(b) && reader_prompt(b);
    return buttons.has(b.lower) || reader_prompt(b) || call_button(b);
}

bool share_button_in_text(const Page& p, std::size_t at) {
    const auto& blocks = p.blocks;
    const std::size_t n = blocks.size();
    const int least_paragraph = 15, least_sentence = 8;
    static const LexiconSection& nouns = any_language_section("comment_nouns"); // (merged once)
    auto prose = [&](std::size_t j, int least) {
        return j < n && p.raw_quality[j] == Quality::good && blocks[j].end_punct && blocks[j].words >= least &&
               !p.terminator[j] && !comment_form_notice(blocks[j]);
    };
    const Block& b = blocks[at];
    const int most_button = 6;
    // ("Share this article:", "Diesen Artikel teilen:": the button may close on a colon, over the networks' icons.)
    const bool button = share_button(b) || (b.words <= most_button && !b.text.empty() && b.text.back() == ':' &&
                                            b.urls == 0 && reader_prompt(b));
    const auto& words = b.lower_words();
    return button &&
           std::none_of(words.begin(), words.end(), [](std::string_view w) { return nouns.has(w); }) &&
           prose(at + 1, least_paragraph) && prose(at + 2, least_sentence);
}

bool comment_form_notice(const Block& b) {
    // (Each language's sections, merged once and never changed.)
    static const LexiconSection& nouns = any_language_section("comment_nouns");
    static const LexiconSection& rules = any_language_section("comment_rule_words");
    const std::size_t most_words = 60, most_short = 15;
    const auto& words = b.lower_words();
    if (words.size() < 3 || words.size() > most_words || !nouns.has_any(words))
        return false;
    const auto rule_words =
        std::count_if(words.begin(), words.end(), [](std::string_view w) { return rules.has(w); });
    // "Please enable JavaScript to view the comments.": one word of the form's rules in a short line; a longer one
    // has two ("Comments are moderated and may not appear at once: no spam, please.").
    return rule_words >= 2 || (rule_words == 1 && words.size() <= most_short);
}

bool funding_note(const Block& b) {
    const std::size_t least_words = 5, most_words = 40;
    const text::Words words = b.lower_words();
    if (words.size() < least_words || words.size() > most_words || !b.end_punct)
        return false;
    // (Each language's sections, merged once and never changed.)
    static const LexiconSection& subjects = any_language_section("funding_subjects");
    static const LexiconSection& phrases = any_language_section("funding_phrases");
    // The phrase's words at word `at`.
    auto phrase_at = [&words](LexiconWords phrase, std::size_t at) {
        if (phrase.empty() || at + phrase.size() > words.size())
            return false;
        for (std::size_t w = 0; w < phrase.size(); ++w)
            if (words[at + w] != phrase[w])
                return false;
        return true;
    };
    if (std::none_of(subjects.phrases().begin(), subjects.phrases().end(),
                     [&](LexiconWords subject) { return phrase_at(subject, 0); }))
        return false;
    for (std::size_t at = 2; at < words.size(); ++at)
        for (const auto& phrase : phrases.phrases())
            if (phrase_at(phrase, at))
                return true;
    return false;
}

void drop_paywall_badges(Page& p, std::size_t rs, std::size_t re) {
    const std::size_t most_lines = 12;
    const int least_paragraph = 8;
    for (std::size_t k = rs; k <= re && k - rs < most_lines; ++k) {
        const Block& b = p.blocks[k];
        // "NEW You can now listen to our articles!", "Nouveau : vous pouvez désormais écouter nos articles !": the
        // page's news to the reader about its articles over the first paragraph leaves the body with the badge (a
        // call of a sentence's length, which would stop the search as a paragraph).
        if (p.role[k] == Role::none && article_service_notice(b)) {
            p.role[k] = Role::boilerplate;
            continue;
        }
        if (b.end_punct && b.words >= least_paragraph && p.role[k] == Role::none)
            break;
        // (One paragraph under it is enough here, as it is in cut_at_paywall() under the article's head: the lines
        // over the first paragraph are the head's.)
        if (p.role[k] == Role::none && paywall_cut(b) && paywall_badge(p, k, re, 1))
            p.role[k] = Role::boilerplate;
        // "Aktualisiert vor 3 Stunden" / "Abo" / "Exklusiv für Abonnenten" / <caption> / <paragraph>, "Mis à jour il
        // y a 2 heures" / "Abonnés" / <paragraph>: a subscribers' badge of one word (subscriber_badge()) over the
        // first paragraph is no heading of the text, with or without the notice under it.
        else if (p.role[k] == Role::none && subscriber_badge(b))
            p.role[k] = Role::boilerplate;
    }
    // "<paragraph> / Este contenido es exclusivo para suscriptores / Suscríbete para seguir leyendo / <paragraph>": a
    // paywall's prompt between two paragraphs of a page that printed the text whole (text_past_paywall(), which
    // took the region past it) leaves the body, its buttons with it.
    for (std::size_t k = rs + 1; k <= re; ++k) {
        if (p.role[k] != Role::none || p.blocks[k].words == 0 || !p.blocks[k - 1].end_punct)
            continue;
        // "<paragraph> / CLICK HERE TO GET THE HARBOUR NEWS APP / <paragraph>": so does a call to get the site's app
        // under a paragraph (app_promo()), which take_closing_sentences() reads past.
        if (app_promo(p.blocks[k])) {
            p.role[k] = Role::boilerplate;
            continue;
        }
        const std::size_t resume = text_past_paywall(p, k);
        if (resume == 0 || resume > re)
            continue;
        for (std::size_t j = k; j < resume; ++j)
            if (p.role[j] == Role::none)
                p.role[j] = Role::boilerplate;
        k = resume;
    }
    // The notices that the story is in progress, and the notes that it comes from a feed, leave it too, wherever they
    // stand.
    drop_progress_notices(p, rs, re);
}

// "Download the full report (PDF, 1.2 MB)", "Télécharger le rapport", "Bericht herunterladen", "Informe completo
// (PDF, 2 MB)": a button to download a file, its verb (lexicon section download_words) opening the line before an
// article or closing it, or the file's format (file_format_words) in the bracket that closes the line. No heading of
// the text: "Download speeds in the valley" is one.
bool download_button(const Block& b) {
    static const LexiconSection* verbs = common_lexicon().section("download_words");      // (looked up once)
    static const LexiconSection* formats = common_lexicon().section("file_format_words"); // (looked up once)
    static const LexiconSection& articles = any_language_section("articles");             // (merged once)
    const text::Words words = b.lower_words();
    if (verbs == nullptr || formats == nullptr || words.size() < 2)
        return false;
    if (verbs->has(words.back()) || (verbs->has(words.front()) && articles.has(words[1])))
        return true;
    const std::string_view low = b.lower;
    const std::size_t open = low.rfind('(');
    if (open == std::string_view::npos || low.back() != ')')
        return false;
    const std::string_view inside = low.substr(open + 1);
    std::size_t at = 0;
    for (std::string_view w = text::next_word_of_lowered(inside, at); !w.empty();
         w = text::next_word_of_lowered(inside, at))
        if (formats->has(w))
            return true;
    return false;
}

namespace {
// "Ticker aktualisieren", "Refresh feed": a live page's button that reloads its entries (lexicon section
// refresh_buttons).
bool refresh_button(const Block& b) {
    static const LexiconSection& refresh = any_language_section("refresh_buttons"); // (merged once)
    return refresh.has(b.lower);
}

// A line of a heading's shape: a few words (two at least, mostly letters, one in small letters), closed by no stop (a
// question mark may close it), no link, opening with a capital or a figure, no line the region's trims ended on, no
// label of a pinned post, no button to download a file.
bool heading_shaped(const Page& p, std::size_t k) {
    const int most_words = 12;
    const Block& b = p.blocks[k];
    if (b.words < 2 || b.words > most_words || b.urls > 0 || p.terminator[k] || p.role[k] != Role::none)
        return false;
    // (Words, not a credit's or a handle's marks: "Twenty20/@JaneRoe", "168 0 0".)
    if (b.letters * 3 < static_cast<int>(b.chars) * 2 || b.text.find_first_of("/@|") != std::string::npos)
        return false;
    // (A phrase, a word or more in small letters: no name, desk or row of tags in capitals, "Emotion Redaktion",
    // "Consumer Electronics PC Raspberry Pi 3".)
    bool small = false;
    for (std::size_t at = b.text.find(' '); at != std::string::npos && !small; at = b.text.find(' ', at + 1))
        small = at + 1 < b.text.size() && std::islower(static_cast<unsigned char>(b.text[at + 1])) != 0;
    // ("Die Ausgangslage": where nouns are capitalised, a phrase may hold no small letter; its first word, an article
    // or another small word of the language, still tells a phrase from a name.)
    if (!small && p.language == "de")
        small = stopword_languages(text::lower(b.text.substr(0, b.text.find(' ')))) != 0;
    if (!small)
        return false;
    if (b.end_punct && b.text.back() != '?')
        return false;
    const auto first = static_cast<unsigned char>(b.text.front());
    if (first < 0x80 && !std::isupper(first) && !std::isdigit(first))
        return false;
    static const LexiconSection& pinned = any_language_section("pinned_labels"); // (merged once)
    return !pinned.has(b.lower) && !download_button(b) && !refresh_button(b);
}

// A paragraph of prose at k: closed by its stop and rated text.
bool prose_at(const Page& p, std::size_t k) {
    return p.blocks[k].end_punct && p.blocks[k].words >= 8 && textual(p.raw_quality[k]);
}
} // namespace

namespace {

// "Margaret Roe" / "Born: 3 March 1934, Bradford" / "Died: 2 November 2025, Ilkley" / "Margaret Roe, who has died
// aged 91, ...", "Anna Muster" / "Geboren: ..." / "Anna Muster, die im Alter von 91 Jahren starb, ...": the box over
// an obituary (or a portrait) names its subject alone on a line at the region's top, its dates' lines under it, and
// the text's first paragraph opens with the same name: the name is the box's label, no heading of the text, and
// leaves the body with the box's lines. (Two to four capitalised words, no figure or stop; the lines between it and
// the paragraph are metadata or boilerplate already, three at most.)
void drop_subject_label(Page& p, std::size_t rs, std::size_t re) {
    const std::size_t most_head_lines = 10, most_between = 3;
    const int least_words = 2, most_words = 4;
    // The first line of the region that no field holds yet (the lede, the byline, the dates and a picture's caption
    // may open it), then the next one, past three lines of the box at most.
    std::size_t k = rs;
    while (k <= re && k < rs + most_head_lines && p.role[k] != Role::none)
        ++k;
    if (k >= re || k >= rs + most_head_lines)
        return;
    const Block& label = p.blocks[k];
    if (label.words < least_words || label.words > most_words || label.digits > 0 || label.end_punct ||
        label.upper_initial != label.words)
        return;
    std::size_t j = k + 1;
    while (j <= re && j <= k + most_between && p.role[j] != Role::none)
        ++j;
    if (j > re || p.role[j] != Role::none || !prose_at(p, j))
        return;
    const std::string& text = p.blocks[j].text;
    if (text.size() > label.text.size() && text.starts_with(label.text) &&
        (text[label.text.size()] == ',' || text[label.text.size()] == ' '))
        p.role[k] = Role::boilerplate;
}

// "Published 3 March 2026 / Download the full report (PDF, 1.2 MB) / <caption> / <credit> / <paragraph>": a button
// to download a file (download_button()) among the lines that open the region (past the head's lines that fields
// hold), over its first paragraph, is no line of the text, nor the heading of its first part.
void drop_download_buttons(Page& p, std::size_t rs, std::size_t re) {
    // (The region may open with the lede, the byline and the date lines, which fields hold.)
    const std::size_t most_head_lines = 8;
    for (std::size_t k = rs; k <= re && k < rs + most_head_lines; ++k) {
        if (p.role[k] != Role::none)
            continue;
        if (prose_at(p, k))
            break;
        if (download_button(p.blocks[k]))
            p.role[k] = Role::boilerplate;
    }
}

// The line at k, of a heading's shape, under a line of the head: the date line, or another line of the head that the
// page prints right over the text, its byline, its lede, its picture's caption or credit ("(Image credit: Jane Roe)"
// / "Design and comfort" / <paragraph>, "© Marc Roux" / "Un chantier de trois ans" / <paragraph>). Under the byline
// the credit of the text's other hands is no heading ("Written by Jane Roe / Edited by John Doe", lexicon sections
// writing_credits and editing_credits).
// "Published Dec. 5, 2026 / Share / Copy link / The claim / <paragraph>", "06/12/2026 ore 11:40 / Tempo di lettura 2
// min / Ascolta l'articolo / Sabato 13 dicembre / <paragraph>": the page's controls printed under the head's lines
// (share buttons, a read-aloud button, the reading time), three at most, part the heading from them no more than a
// blank.
bool under_head_line(const Page& p, std::size_t k) {
    const std::size_t most_controls = 3;
    std::size_t above = k - 1;
    while (above > 0 && k - 1 - above < most_controls &&
           (p.role[above] == Role::none || p.role[above] == Role::boilerplate) &&
           (share_button(p.blocks[above]) || reading_aid(p.blocks[above]) || refresh_button(p.blocks[above])))
        --above;
    const Role r = p.role[above];
    if (r == Role::date || r == Role::lede || r == Role::caption || r == Role::credit)
        return true;
    if (r != Role::byline)
        return false;
    static const LexiconSection& writing = any_language_section("writing_credits"); // (merged once)
    static const LexiconSection& editing = any_language_section("editing_credits"); // (merged once)
    const std::string_view low = p.blocks[k].lower;
    return opens_with_entry(writing, low) == 0 && opens_with_entry(editing, low) == 0;
}

// The title of a box of facts (fact_box_end()) whose items end right over the region's first line `rs`, a paragraph
// of prose, its title under a line of the head (under_head_line()) and none of its lines held by a field; `rs` when
// there is none. (Three to eight items: the title stands four to nine lines over the region.)
std::size_t fact_box_over_region(const Page& p, std::size_t rs, std::size_t re) {
    const std::size_t least_lines = 4, most_lines = 9;
    if (rs < least_lines + 1 || rs > re || !prose_at(p, rs) || p.role[rs - 1] != Role::none ||
        p.blocks[rs - 1].end_punct)
        return rs;
    for (std::size_t t = rs - 1; t + most_lines >= rs && t > 0; --t) {
        if (p.role[t] != Role::none)
            return rs;
        if (rs - t >= least_lines && fact_box_end(p, t) == rs && under_head_line(p, t))
            return t;
    }
    return rs;
}

} // namespace

std::size_t heading_over_region(Page& p, std::size_t rs, std::size_t re) {
    drop_subject_label(p, rs, re);
    drop_download_buttons(p, rs, re);
    // "By Jane Roe / March 12, 2025 / Why the bridge matters / <paragraph> / ... / What comes next / <paragraph>",
    // "Pinned post / What we know so far / <paragraph>", "Publié le 5 décembre / Épinglé / Ce qu'il faut retenir /
    // <paragraph>": the body opens with a heading (RECORD: section 0's heading is that line), right under the date line
    // or another line of the head (under_head_line(): a picture's credit, the byline), and a heading of the same
    // shape stands between two of its paragraphs further down, or under a live blog's pinned label (lexicon section
    // pinned_labels), and is not the page's title printed again. The heading opens the region.
    const std::size_t most_lines = 400;
    const int most_item_words = 20; // (a box's sentence is short)
    // (The heading, rated bad among the head's lines, is rated in the context of the text it opens: good.)
    auto take = [&p](std::size_t k) {
        p.quality[k] = Quality::good;
        return k;
    };
    // "Reading time: 22 min" / "I." / <paragraph> / ... / "II." / <paragraph>: the first part's roman numeral alone
    // over the text's first paragraph (over the region, or among its first lines) heads the first part when the
    // second part's numeral stands in the region: it opens the region, rated good (no bad line of the head's for the
    // section loop to leave out). (Its two bytes are asked first.)
    for (std::size_t k = rs > 0 ? rs - 1 : rs; k < re && k + 1 - rs < most_lines; ++k) {
        if (p.blocks[k].text.size() != 2 || p.blocks[k].text != "I.")
            continue;
        if (p.role[k] == Role::none && prose_at(p, k + 1))
            for (std::size_t j = k + 2; j <= re && j - k < most_lines; ++j)
                if (p.blocks[j].text.size() == 3 && p.blocks[j].text == "II.")
                    return std::min(take(k), rs);
        break;
    }
    // "<headline> / Das Wichtigste in Kürze / Die Bahn fährt erst 2029. / ...", "Key points / ...": the label of a box
    // of key points glued over the region's first line, a short sentence, opens the region: it heads the box
    // (summary_box_label(); the section loop's list_label()).
    if (rs >= 1 && rs <= re && (p.role[rs - 1] == Role::none || p.role[rs - 1] == Role::boilerplate) &&
        !p.blocks[rs - 1].blank_after && p.blocks[rs].end_punct && p.blocks[rs].words <= most_item_words &&
        summary_box_label(p.blocks[rs - 1]))
        return take(rs - 1);
    // "Actualizado: 7 de diciembre / Pronóstico por zonas / Puerto Montt: lluvia, máxima de 11 °C / Castro: ... /
    // <paragraph>", "Publié le 7 décembre / Le scrutin en chiffres / Inscrits: 12 400 / ...": a box of facts
    // (fact_box_end()) right under a line of the head (under_head_line(): the date line, the byline) and right over
    // the region's first paragraph is printed as part of the article: it opens the region with its title, which heads
    // it (RECORD: section 0's heading), the text's paragraphs under it. (Its figures ask as much as the box closing
    // the article, take_fact_box().)
    if (const std::size_t box = fact_box_over_region(p, rs, re); box < rs)
        return take(box);
    // The heading: the line over the region, or the first line of a region that opens with the head's lines (the
    // lede, the byline and the date lines, which fields hold) and the page's controls under them.
    const std::size_t most_head_lines = 10;
    std::size_t h = rs - 1;
    if (rs <= re && p.role[rs] != Role::none) {
        h = rs;
        while (h < re && h < rs + most_head_lines &&
               (p.role[h] != Role::none || share_button(p.blocks[h]) || reading_aid(p.blocks[h]) ||
                refresh_button(p.blocks[h])))
            ++h;
    }
    if (rs < 2 || h >= re || !prose_at(p, h + 1) || !heading_shaped(p, h)) // (most pages: the region opens otherwise)
        return rs;
    const Block& above = p.blocks[h - 1];
    static const LexiconSection& pinned = any_language_section("pinned_labels");
    if (h + 1 == rs && above.words <= 3 && pinned.has(above.lower))
        return take(h);
    const std::size_t reach = 8;
    // (The page's title printed again is no heading of the body.)
    for (std::size_t k = h; k-- > 0 && h - k <= reach;)
        if (p.role[k] == Role::headline && p.blocks[k].lower == p.blocks[h].lower)
            return rs;
    if (!under_head_line(p, h))
        return rs;
    for (std::size_t k = h + 3; k < re && k - h <= most_lines; ++k)
        if (p.blocks[k - 1].end_punct && heading_shaped(p, k) && prose_at(p, k + 1))
            return std::min(take(h), rs);
    return rs;
}

// "<paragraph> / This is a developing story. Check back for updates.", "Mehr in Kürze.", "Noticia en ampliación": the
// page's notice that the story is in progress (progress_notice()) is no line of the article, at its top, between two
// paragraphs or under the last one. So is the publisher's note that the text comes from a feed, not edited by its staff
// ("(This story has not been edited by Harbour News staff and is auto-generated from a syndicated feed.)":
// feed_note()), which leaves alone: the short sentences over it stay in the text.
void drop_progress_notices(Page& p, std::size_t rs, std::size_t re) {
    for (std::size_t k = rs; k <= re && k < p.blocks.size(); ++k)
        if (p.role[k] == Role::none && (progress_notice(p.blocks[k]) || feed_note(p.blocks[k])))
            p.role[k] = Role::boilerplate;
}

// "... might behave differently." / "Read more" / "Salamanders cross the road" / "Permit backlog grows" /
// "Correction: An earlier version of this story ...": a correction note (update_note()) closing the region under a
// list of other articles' titles is the article's last paragraph; the list (two short lines at least, no sentence,
// right under a paragraph of prose) leaves the body, so that no title of it heads the note.
void drop_titles_over_note(Page& p, std::size_t rs, std::size_t re) {
    // (The note is among the region's last lines: the author's box may follow it. Its last byte is asked first.)
    const std::size_t most_titles = 6, most_under = 2;
    const int least_paragraph = 10;
    std::size_t note = re;
    auto closing_note = [&](std::size_t k) {
        return p.role[k] == Role::none && p.blocks[k].end_punct && update_note(p.blocks[k].text);
    };
    while (note > rs && re - note < most_under && !closing_note(note))
        --note;
    if (note <= rs + 2 || !closing_note(note))
        return;
    std::size_t k = note - 1;
    while (k > rs && note - k <= most_titles && (p.role[k] == Role::none || p.role[k] == Role::boilerplate) &&
           !p.blocks[k].end_punct &&
           p.blocks[k].text.back() != ':')
        --k;
    const Block& over = p.blocks[k];
    if (note - k < 3 || !over.end_punct || over.words < least_paragraph || !textual(p.raw_quality[k]))
        return;
    for (std::size_t j = k + 1; j < note; ++j)
        p.role[j] = Role::boilerplate;
}

namespace {

// "This article was reviewed by our fact-checking desk.", "Dieser Artikel wurde von unserem Faktencheck-Team geprüft.",
// "Cet article a été vérifié par notre cellule de vérification.": the page's note on how the article was checked, a
// line of at most 60 words opening with the piece named by a demonstrative ([funding_subjects]: "this article",
// "dieser Artikel", "cet article") and holding a word of checking ([fact_check_words]) as a token of its own.
bool fact_check_note(const Block& b) {
    const int least_words = 5, most_words = 60;
    if (b.words < least_words || b.words > most_words || !b.end_punct || b.urls > 0)
        return false;
    static const LexiconSection& subjects = any_language_section("funding_subjects"); // (merged once)
    static const LexiconSection& checks = any_language_section("fact_check_words");
    const std::string_view low = b.lower;
    const bool opens = std::any_of(subjects.entries.begin(), subjects.entries.end(), [low](std::string_view e) {
        return low.size() > e.size() && low[e.size()] == ' ' && low.starts_with(e);
    });
    if (!opens)
        return false;
    std::size_t at = 0;
    for (std::string_view t = text::next_token(low, at); !t.empty(); t = text::next_token(low, at)) {
        while (!t.empty() && (t.back() == ',' || t.back() == '.' || t.back() == ';' || t.back() == ':'))
            t.remove_suffix(1);
        if (checks.has(t))
            return true;
    }
    return false;
}

} // namespace

void drop_fact_check_notes(Page& p, std::size_t rs, std::size_t re) {
    if (re >= p.blocks.size() || re <= rs)
        return;
    // (The note is the region's last line, or the one over the correction note closing it.)
    std::size_t note = re;
    if (p.role[re] == Role::none && p.blocks[re].end_punct && update_note(p.blocks[re].text))
        note = re - 1;
    if (note > rs && p.role[note] == Role::none && fact_check_note(p.blocks[note]))
        p.role[note] = Role::boilerplate;
}

} // namespace archive
