// The edges of the article's region that leave it: the lines at its ends that are no part of the article (closing
// notices and boxes, titles of other articles, a teaser under the text's signature, what follows a closing agency tag,
// the first comment, a sidebar's excerpts over it, what follows a paywall's cut, a second copy of the text, a video's
// lead-in, a readers' poll), and trim_region(), the order of all the trims. The author's box is read in
// region_author_boxes.cpp; the lines inside the region that leave the body (prompts, buttons, badges, labels, notices)
// in region_body_drops.cpp. The lines next to the region that join it are in region_joins.cpp (closing sentences, the
// author's sign-off), region_past_boxes.cpp (the text going on past a box, a picture or a player) and region_facts.cpp
// (announced lists, programmes and tables of facts).
#include "advice_disclaimers.hpp"
#include "classify.hpp"
#include "page.hpp"
#include "agency_signatures.hpp"
#include "region_edge_parts.hpp"
#include "region_parts.hpp"
#include "cut_sentences.hpp"

#include "bylines.hpp"

#include "dates.hpp"
#include "lexicon.hpp"
#include "lexicon_openings.hpp"
#include "notices_parts.hpp"
#include "press_datelines.hpp"
#include "text.hpp"

#include <algorithm>
#include <string_view>
#include <unordered_map>

namespace archive {

namespace {

// "Lust auf mehr? ... jede Woche in deinen Posteingang." / "Jetzt 3 Ausgaben gratis erhalten!" / "Fehler gefunden?
// Schreiben Sie uns!": the prompts under the article's last paragraph (or over its first one) leave the region, with the short lines among them.
// So does an opinion piece's disclaimer ("The views expressed are the author's own.").
// "Jane Roe covers the courts for The Harbour Post. More about Jane Roe": the author's box closed by a link to her
// page: among closing notices it leaves with them. (A bio closed otherwise stays where it stands.)
bool linked_bio(const Block& b) {
    return !b.end_punct && closed_by_own_name(b.text) && author_bio(b);
}

std::pair<std::size_t, std::size_t> trim_closing_notices(const Page& p, std::size_t rs, std::size_t re) {
    // Neither a prompt nor a license line runs past 60 words (closing_notice() counts the text::words_lower() words,
    // license_notice() the white-space tokens): the block's own counts settle a long paragraph without reading it.
    auto notice_line = [](const Block& b) {
        const std::size_t most_words = 60;
        return (b.lower_words().size() <= most_words &&
               (closing_notice(b) || error_report_notice(b) || reader_prompt(b) || comment_form_notice(b) ||
                opinion_disclaimer(b) || advice_disclaimer(b) || funding_note(b) || contribution_note(b) ||
                article_service_notice(b) || letters_notice(b) || affiliate_program_notice(b) || narration_note(b))) ||
               (static_cast<std::size_t>(b.words) <= most_words && license_notice(b));
    };
    // "Dieser Beitrag stammt aus Ausgabe 3/2015 des Hafenblatts.", "A version of this story appeared in print on
    // March 5, 2026, Section B, Page 3.": a note on where the text was printed first is a box of the page, over the
    // first paragraph or right under the last sentence (closed by its stop); under the author's box and its links
    // ("... @janeroe • Facebook"), which the article's container holds with the note, it stays where it stands.
    // "Jane Roe, potter, born 2 May 1931; died 8 March 2024" over a prompt: a short line stating dates amid its words
    // is the article's (an obituary's life dates), not a box's title or button; the walk stops at it.
    // "Editorials represent the opinion of the board. / Members of the board are ...": the line naming the editorial
    // board beside the board's disclaimer is one of the notices.
    auto board_line = [&](std::size_t k) {
        return board_members_line(p.blocks[k]) && ((k > rs && opinion_disclaimer(p.blocks[k - 1])) ||
                                                   (k < re && opinion_disclaimer(p.blocks[k + 1])));
    };
    auto prompt = [&](std::size_t k, bool& notice, bool opening) {
        const Block& b = p.blocks[k];
        // (A player's note is short, rated below text: it counts as a notice all the same.)
        bool text = textual(p.raw_quality[k]) || narration_note(b);
        const bool print_note = origin_note(b) && (opening || (k > rs && p.blocks[k - 1].end_punct));
        // ("<notice> / Mehr Leserbriefe / Leserbriefe zum Haushalt: „Die Rechnung zahlen unsere Kinder“": under the
        // notice, the titles of the page's other pieces, rated text for their words, no stop closing them, are the
        // page's too; they make no notice.)
        const int most_title_words = 12;
        if (text && !opening && !b.end_punct && b.words <= most_title_words && text::starts_upper(b.text) &&
            !notice_line(b))
            text = false;
        if (text && !notice_line(b) && !print_note && !(!opening && linked_bio(b)) && !board_line(k))
            return false;
        if (!text && !opening && b.digits > 0 && date_amid_words(b.text, p.language))
            return false;
        // ("... More about Jane Roe": the author's box among the notices leaves with them, but makes no notice.)
        notice = notice || (text && !(!opening && linked_bio(b)));
        return true;
    };
    std::size_t end = re;
    bool notice = false;
    while (end > rs && prompt(end, notice, false))
        --end;
    // A region of prompts only is left as it is: the page has no other text.
    if (!notice || end == rs)
        end = re;
    // "Sign up for a free account to customize your news": the same prompts open the region too.
    std::size_t start = rs;
    notice = false;
    while (start < end && prompt(start, notice, true))
        ++start;
    if (!notice || start == end)
        start = rs;
    return {start, end};
}

// "... und trifft sich jeden Dienstag. / Spende via Paypal / Du willst uns unterstützen? / Schick uns eine Spende für
// den neuen Garten:", "... / Support our work / Like what you read? Your donation keeps the site free.": a box under
// the article's last paragraph, a heading of a few words over one to three short lines, that read together make a
// prompt (closing_notice(): a donation's, a subscription's), leaves the region, though none of its lines is a prompt
// alone. A paragraph of prose (ten words at least, closed by its stop) stays over it.
std::pair<std::size_t, std::size_t> trim_closing_box(const Page& p, std::size_t rs, std::size_t re) {
    const std::size_t most_lines = 3, most_words = 60;
    const int most_heading = 6, most_line = 40, least_paragraph = 10;
    const auto& blocks = p.blocks;
    for (std::size_t h = re; h > rs + 1 && re - h <= most_lines; --h) {
        const Block& head = blocks[h];
        if (h == re || head.words == 0 || head.words > most_heading || head.end_punct || !heading_like(head))
            continue;
        const Block& over = blocks[h - 1];
        if (!over.end_punct || over.words < least_paragraph || !textual(p.raw_quality[h - 1]))
            return {rs, re};
        std::string box = head.text;
        std::size_t words = static_cast<std::size_t>(head.words);
        for (std::size_t k = h + 1; k <= re; ++k) {
            if (blocks[k].words > most_line)
                return {rs, re};
            box += ' ';
            box += blocks[k].text;
            words += static_cast<std::size_t>(blocks[k].words);
        }
        return words <= most_words && closing_notice(box) ? std::pair{rs, h - 1} : std::pair{rs, re};
    }
    return {rs, re};
}

} // namespace

// "Corn eased 0.2%, while soybeans were flat." / "Reporting by Sam Holt; Editing by Anna White", "<quote>" / "Story
// continues below advertisement" / "The board votes on Dec. 14." / "Elena Park contributed to this report.", "Il
// traffico resterà vietato fino all'estate." / "Hanno collaborato Anna Bianchi e Luca Verdi": the note crediting the
// text's writers (a wire's credit line, the people who helped, the agency) closes the text; the sentences between the
// region and it, short ones a paragraph of prose does not vouch for, are the text's last, and so is a quotation
// rated below good. An advertisement's label between them ("Story continues below advertisement") stays out of the
// body and does not stop the search. Four sentences at most, each closed by a stop, none a notice or a prompt.
std::size_t credit_under_sentences(const Page& p, std::size_t from, std::size_t* last_sentence) {
    const std::size_t most_sentences = 4, most_labels = 2;
    const auto& blocks = p.blocks;
    static const LexiconSection& ad_labels = any_language_section("ad_labels"); // (merged once)
    // ("Nowe przepisy mają wejść w życie 1 stycznia 2027 r." / "Autor: Karol Kostrzewa (PAP)" / "kos/ mok/": the
    // writer signed with the agency, or the desk's initials, close a wire's reprint.)
    auto credit = [&](const Block& b) {
        return contribution_note(b) || wire_credit_authors(b.text, p.language).has_value() ||
               (b.words <= 8 && (agency_tag(b.text).has_value() || signed_agency_line(b.text).has_value() ||
                                 desk_initials_line(b.text)));
    };
    // ("... / A judge is expected to rule in January. / Jane Roe covers Connecticut for The Times. More about Jane Roe
    // / A version of this story appeared in print ...": the author's box closed by its link, or the note on the print
    // edition, closes the text as a credit does.)
    auto closing = [&](const Block& b) { return credit(b) || linked_bio(b) || origin_note(b); };
    // (Asked of a line closing() has settled: no credit, bio or note on the print edition.)
    auto sentence = [&](std::size_t k) {
        const Block& b = blocks[k];
        const char last = b.text.back();
        const bool stopped = b.end_punct && last != '?' && last != '!' && last != ':';
        return stopped && b.words >= 4 && b.repeats == 0 && !b.boilerplate && !p.terminator[k] && b.urls == 0 &&
               (textual(p.raw_quality[k]) || sentence_shape(b)) && !closing_notice(b) &&
               !is_promo_notice(b) && !reader_prompt(b) && !author_bio(b);
    };
    std::size_t sentences = 0, labels = 0;
    for (std::size_t k = from; k < blocks.size(); ++k) {
        const Block& b = blocks[k];
        if (closing(b))
            return k;
        if (ad_labels.has(text::trim(b.lower)) && ++labels <= most_labels)
            continue;
        if (!sentence(k) || ++sentences > most_sentences)
            return 0;
        if (last_sentence != nullptr)
            *last_sentence = k;
    }
    return 0;
}

namespace {

// (The sentences between the region's last line and the credit join the region.)
std::pair<std::size_t, std::size_t> take_text_over_credit(const Page& p, std::size_t rs, std::size_t re) {
    if (!textual(p.raw_quality[re]) || !p.blocks[re].end_punct)
        return {rs, re};
    std::size_t last = re;
    return {rs, credit_under_sentences(p, re + 1, &last) != 0 ? last : re};
}

// "... when the summer timetable begins." / "Richtig frühstücken: Die besten Tipps" / "New pier opens": titles of
// other articles after the article's last sentence, with no text of their own, leave the region. A few lines at
// most, closed above by a sentence of prose.
std::pair<std::size_t, std::size_t> trim_trailing_titles(const Page& p, std::size_t rs, std::size_t re) {
    const std::size_t most = 6;
    std::size_t end = re;
    bool title = false;
    while (end > rs && re - end < most) {
        const Block& b = p.blocks[end];
        // "Das Papier finden Sie hier:" announces the lines under it.
        if (b.text.back() == ':')
            return {rs, re};
        bool text = textual(p.raw_quality[end]);
        // A title ends on a word: "... und das gefällt mir 😉" is a blog's sentence.
        std::size_t at = b.text.size();
        char32_t final_cp = text::prev_cp(b.text, at);
        bool title_shape = headline_like(b) && (text::is_letter(final_cp) || (final_cp >= '0' && final_cp <= '9'));
        if (text && (b.end_punct || b.words > 15 || !title_shape))
            break;
        title = title || text;
        --end;
    }
    const Block& last = p.blocks[end];
    bool closed = end > rs && last.end_punct && last.words >= 10 && p.raw_quality[end] == Quality::good;
    return title && closed ? std::make_pair(rs, end) : std::make_pair(rs, re);
}

// "(sda)", "(ats/afp)", "(rbr)": a line that signs the text above it, an agency's tag in parentheses or the writer's
// initials (two to four small letters), alone on its line.
bool closing_signature(const Block& b) {
    const std::string_view t = b.text;
    if (b.words != 1 || t.size() < 4 || t.front() != '(' || t.back() != ')')
        return false;
    const std::string_view inner = t.substr(1, t.size() - 2);
    const std::size_t least_initials = 2, most_initials = 4;
    if (inner.size() >= least_initials && inner.size() <= most_initials &&
        std::all_of(inner.begin(), inner.end(), [](char c) { return c >= 'a' && c <= 'z'; }))
        return true;
    return agency_tag(t).has_value();
}

// "... Der Bau soll im Frühling 2028 beginnen. / (rbr) / Männedorf / Hallenbad bleibt bis Februar geschlossen / Die
// Sanierung dauert länger als geplant. / Weiterlesen": a page of two articles, the second printed as a teaser. The
// first one's signature (closing_signature()) under a sentence, then a title of the next one (a label of one or two
// words over it, or not), its summary of one or two lines and its "Read more" link (more_link(), in the region or
// right under it) or its label: what follows the signature leaves the region.
std::pair<std::size_t, std::size_t> trim_teaser_after_signature(const Page& p, std::size_t rs, std::size_t re) {
    const auto& blocks = p.blocks;
    const std::size_t most_after = 6; // label, title, two lines of summary, the link
    const int least_title = 3, most_title = 14, most_label = 2, least_sentence = 6;
    for (std::size_t k = re > most_after ? re - most_after : rs + 1; k < re; ++k) {
        if (k <= rs || !closing_signature(blocks[k]))
            continue;
        const Block& last = blocks[k - 1];
        if (!last.end_punct || last.words < least_sentence || last.boilerplate)
            continue;
        std::size_t t = k + 1;
        const bool label = blocks[t].words >= 1 && blocks[t].words <= most_label && !blocks[t].end_punct &&
                           blocks[t].digits == 0 && t < re;
        if (label)
            ++t;
        const Block& title = blocks[t];
        if (t > re || title.end_punct || title.words < least_title || title.words > most_title || !heading_like(title))
            continue;
        bool link = re + 1 < blocks.size() && more_link(blocks[re + 1]);
        std::size_t summary = 0;
        for (std::size_t j = t + 1; j <= re; ++j) {
            if (more_link(blocks[j]))
                link = true;
            else if (blocks[j].end_punct && blocks[j].words >= least_sentence && !blocks[j].boilerplate)
                ++summary;
            else
                summary = 3; // something else: no teaser's line
        }
        if (summary >= 1 && summary <= 2 && (link || label))
            return {rs, k - 1};
    }
    return {rs, re};
}

// "... estime-t-elle. / (ats/afp) / Newsletter / Recevez chaque dimanche les meilleurs articles. / Se connecter", "...
// said the minister. / (AFP) / Sign up for our morning briefing.": an agency's tag alone on its line
// (closing_signature(), an agency's and not a writer's initials) under a sentence of the text closes the text; a
// sentence or two under it belong to the page's boxes (a newsletter's pitch, a teaser), no paragraph. Three sentences
// of prose or more under it, or as many as over it, are a second story's text (a page of two dispatches) and keep the
// region as it is.
std::pair<std::size_t, std::size_t> trim_after_agency_tag(const Page& p, std::size_t rs, std::size_t re) {
    const auto& blocks = p.blocks;
    const std::size_t most_after = 5, most_sentences = 2;
    const int least_sentence = 6;
    for (std::size_t k = re > most_after ? re - most_after : rs + 1; k < re; ++k) {
        const Block& tag = blocks[k];
        if (k <= rs || tag.boilerplate || !closing_signature(tag) || !agency_tag(tag.text))
            continue;
        const Block& last = blocks[k - 1];
        if (!last.end_punct || last.words < least_sentence || last.boilerplate)
            continue;
        // (The tag under a caption over the text's first paragraphs credits the picture: the tag closes a text of
        // two paragraphs at least, more than the sentences under it.)
        auto sentences = [&](std::size_t from, std::size_t to) {
            std::size_t n = 0;
            for (std::size_t j = from; j <= to; ++j)
                n += blocks[j].end_punct && blocks[j].words >= least_sentence && !blocks[j].boilerplate;
            return n;
        };
        const std::size_t under = sentences(k + 1, re), over = sentences(rs, k - 1);
        if (under <= most_sentences && over >= 2 && over > under)
            return {rs, k - 1};
    }
    return {rs, re};
}

// "Log in to reply", "Melden Sie sich an, um zu antworten", "Connectez-vous pour répondre", "Accedi per rispondere":
// the notice a comment thread prints under each comment in place of its reply button for a reader not logged in:
// three to eight words, one of a reply button (lexicon section reply_buttons) and one of logging in
// (reply_login_words). "The council will reply to the letter in May" names no log-in.
bool login_reply_notice(const Block& b) {
    const int least_words = 3, most_words = 8;
    if (b.words < least_words || b.words > most_words)
        return false;
    static const LexiconSection& replies = any_language_section("reply_buttons"); // (merged once)
    static const LexiconSection& logins = any_language_section("reply_login_words");
    const auto& words = b.lower_words();
    return std::any_of(words.begin(), words.end(), [](std::string_view w) { return replies.has(w); }) &&
           std::any_of(words.begin(), words.end(), [](std::string_view w) { return logins.has(w); });
}

// "<the post> / Tom Fisher / March 3, 2015 at 4:10 pm / What a lovely boat! / Reply": when the buttons stand alone
// under the comments, nothing cuts the first comment from the post over it; the button right under the region says
// that its last lines are a comment, from the comment's date line (and the reader's name over it) down. Only when a
// paragraph of the post stays over them. "... / Sign in to reply": the log-in notice in the button's place
// (login_reply_notice()) says so too, unless the region prints it already (a forum's thread, the notice under each of
// its posts, the first one too).
std::pair<std::size_t, std::size_t> trim_first_comment(const Page& p, std::size_t rs, std::size_t re) {
    const auto& blocks = p.blocks;
    if (re + 1 >= blocks.size())
        return {rs, re};
    const Block& under = blocks[re + 1];
    if (!lone_reply_button(under)) {
        if (!login_reply_notice(under))
            return {rs, re};
        for (std::size_t k = rs; k <= re; ++k)
            if (blocks[k].text == under.text)
                return {rs, re};
    }
    const std::size_t most_paragraphs = 4; // of a comment
    const int most_date_words = 12, most_name_words = 3;
    for (std::size_t k = re; k > rs && re - k <= most_paragraphs; --k) {
        const Block& b = blocks[k];
        if (b.digits == 0 || b.words > most_date_words || !read_dates(b.text, p.language).is_date_line)
            continue;
        std::size_t end = k - 1;
        if (end > rs && blocks[end].words <= most_name_words && !blocks[end].end_punct)
            --end;
        for (std::size_t j = rs; j <= end; ++j)
            if (textual(p.raw_quality[j]) && blocks[j].end_punct)
                return {rs, end};
        break;
    }
    return {rs, re};
}

// "Jane Roe: The ferry never came back after the storm, and now the council wants to...": a line cut short by an
// ellipsis after a word, with no sentence's mark before the cut and no link after it: the excerpt of a comment or a
// post in a sidebar's list of the latest ones.
bool cut_excerpt(const Block& b) {
    const int least_words = 6;
    if (b.words < least_words || b.urls > 0)
        return false;
    std::string_view t = b.text;
    if (t.ends_with("..."))
        t.remove_suffix(3);
    else if (t.ends_with("…"))
        t.remove_suffix(std::string_view("…").size());
    else
        return false;
    t = text::trim(t);
    std::size_t at = t.size();
    return at > 0 && text::is_letter(text::prev_cp(t, at));
}

// "Jane Roe: The ferry never came back after the...", "Tom Fisher: Thanks for the report, I had no idea...", ...,
// "Ferries return to the pier" / "March 3, 2015" / <the article>: a sidebar's latest comments or posts, each cut short
// by an ellipsis, stand right over the article and open the region. Three excerpts at least among the region's first
// lines (short lines between them: their names, a title) leave it with the short lines under them (the article's
// title, its date and byline, which the headline is then chosen from), when two paragraphs of prose stay.
std::pair<std::size_t, std::size_t> trim_leading_excerpts(const Page& p, std::size_t rs, std::size_t re) {
    const auto& blocks = p.blocks;
    const std::size_t most_lines = 12;
    const int short_words = 10;
    auto prose = [&](std::size_t k) {
        return textual(p.raw_quality[k]) && blocks[k].end_punct && blocks[k].words > short_words && !cut_excerpt(blocks[k]);
    };
    std::size_t k = rs, excerpts = 0, last = rs;
    for (; k <= re && k - rs < most_lines && !prose(k); ++k)
        if (cut_excerpt(blocks[k]))
            ++excerpts, last = k;
    const std::size_t least_excerpts = 3;
    if (excerpts < least_excerpts || excerpts * 2 < last + 1 - rs)
        return {rs, re};
    std::size_t start = last + 1;
    while (start <= re && !prose(start))
        ++start;
    std::size_t paragraphs = 0;
    for (std::size_t j = start; j <= re && paragraphs < 2; ++j)
        paragraphs += prose(j);
    return paragraphs >= 2 ? std::make_pair(start, re) : std::make_pair(rs, re);
}

} // namespace

// "... dont une moitié chez les sous-traitants. / Il vous reste 65 % de cet article à lire. La suite est réservée aux
// abonnés. / Déjà abonné ? Se connecter / <the author's box> / <other articles>": the paywall's cut under a paragraph
// ends the text free to read; nothing under it is the article's.
//
// "Réservé aux abonnés" / "Partager" / <the first paragraph> / <the second>: a badge (a few words, no sentence) that
// marks the article as one for subscribers, over text that follows it, cuts nothing: two paragraphs of prose within
// the lines under it are the article's. ("<standfirst> / Par Camille Durand / Publié le ... / Article réservé aux
// abonnés / <the first paragraph> / Sur le même sujet / ...", "<Vorspann> / Von Lena Sommer / Nur für Abonnenten /
// <the first paragraph> / Mehr zum Thema": under the article's head, where the only prose over the badge is the
// standfirst among the region's first lines, one paragraph under it is enough: a related box may stand under the
// first.)
//
// "Cet article est réservé aux abonnés" / <caption> / <credit> / <paragraphs>, "Dieser Artikel ist exklusiv für
// Abonnenten" / <paragraphs>: a notice of a few more words (a sentence's subject and verb, no stop) is a badge too
// when the text under it is the article's: two paragraphs of prose under it, however many the caller asks for.
bool paywall_badge(const Page& p, std::size_t k, std::size_t re, std::size_t least_paragraphs) {
    const int most_badge = 5, most_notice = 8, least_paragraph = 8;
    const std::size_t reach = 8;             // lines under the badge (share buttons, a caption) before its text
    const std::size_t notice_paragraphs = 2; // under a notice of more words than a badge's
    const Block& b = p.blocks[k];
    if (b.words > most_notice || b.end_punct)
        return false;
    if (b.words > most_badge)
        least_paragraphs = std::max(least_paragraphs, notice_paragraphs);
    std::size_t paragraphs = 0;
    for (std::size_t j = k + 1; j <= re && j <= k + reach && paragraphs < least_paragraphs; ++j)
        paragraphs += p.blocks[j].end_punct && p.blocks[j].words >= least_paragraph && textual(p.raw_quality[j]) &&
                      !paywall_cut(p.blocks[j]);
    return paragraphs >= least_paragraphs;
}
namespace {

std::size_t cut_at_paywall(const Page& p, std::size_t rs, std::size_t re) {
    const int least_paragraph = 8;
    const std::size_t head_lines = 2; // the standfirst among the region's first lines (under its headline, its kicker)
    std::size_t texts = 0;            // the lines of prose seen, and the last one
    std::size_t last_text = rs;
    for (std::size_t k = rs; k <= re; ++k) {
        const Block& b = p.blocks[k];
        if (texts > 0 && paywall_cut(b) && !paywall_badge(p, k, re, texts == 1 && last_text - rs <= head_lines ? 1 : 2))
            return k - 1;
        if (b.end_punct && b.words >= least_paragraph && textual(p.raw_quality[k])) {
            ++texts;
            last_text = k;
        }
    }
    return re;
}

// "<headline> / <standfirst> / <paragraphs> / Mentions légales / <headline> / <standfirst> / <paragraphs> / Mentions
// légales": a page saved twice into one file. The region is its first lines and then their copy, line for line at one
// offset from the region's first line to its last, two paragraphs of prose at least: the region ends where its end
// stands in the first copy, and the second copy (its headline, standfirst, body and quotes) is left to the
// boilerplate. (A live blog that prints some of its posts again, or a pull quote, repeats a run from the middle of
// the text, not the text from its start.)
// (Asked only of a paragraph printed more than once: most regions have none.)
std::size_t cut_second_copy(const Page& p, std::size_t rs, std::size_t re) {
    const int least_paragraph = 8;
    const std::size_t least_paragraphs = 2;
    const auto& blocks = p.blocks;
    auto paragraph = [&](std::size_t k) { return blocks[k].end_punct && blocks[k].words >= least_paragraph; };
    // The last block of each text printed more than once met in the region so far (a block printed once has no copy;
    // looked up, not searched for upwards: a page of lines each printed twice in a row searched the region over each
    // line's first copy, the square of its lines).
    std::unordered_map<std::string_view, std::size_t> last_copy;
    if (blocks[rs].repeats > 0)
        last_copy.emplace(blocks[rs].text, rs);
    for (std::size_t k = rs + 1; k <= re; ++k) {
        if (blocks[k].repeats == 0)
            continue;
        const auto [at, first] = last_copy.try_emplace(blocks[k].text, k);
        const std::size_t j = at->second; // its copy right above it in the region
        at->second = k;
        if (first || !paragraph(k))
            continue;
        // The second copy opens past the first one's end.
        const std::size_t offset = k - j;
        if (re < rs + offset || re - offset >= rs + offset)
            continue;
        std::size_t paragraphs = 0;
        bool copied = true;
        for (std::size_t i = rs; i + offset <= re && copied; ++i) {
            copied = blocks[i + offset].text == blocks[i].text;
            paragraphs += copied && paragraph(i);
        }
        if (copied && paragraphs >= least_paragraphs)
            return re - offset;
    }
    return re;
}
} // namespace

bool cut_before_paywall(const Page& p, std::size_t k) {
    const int least_words = 16;
    const Block& b = p.blocks[k];
    if (b.end_punct || b.words < least_words || p.raw_quality[k] != Quality::good) // (most lines)
        return false;
    return ends_mid_sentence(b.text) && paywall_under(p.blocks, k);
}

namespace {

// "WASHINGTON —" / "The Senate voted ...", "KIEL (dpa) -" / "Der Betreiber ...": the dateline a dump broke off onto a
// line of its own, right over the region's first line, joins the region: the body reads it as the article's dateline
// and source tag, then leaves it out of the text (drop_lone_dateline()).
// (Closed by its dash: "ABSTRACT." or "LETTERS:" alone over the text is a label as often as a place.)
std::size_t take_lone_dateline(const Page& p, std::size_t rs) {
    if (rs == 0 || p.blocks[rs - 1].boilerplate || p.blocks[rs - 1].repeats > 0)
        return rs;
    const std::string_view line = text::trim(p.blocks[rs - 1].text);
    std::size_t end = line.size();
    const char32_t last = line.empty() ? U' ' : text::prev_cp(line, end);
    if (last != U'-' && last != U'\u2013' && last != U'\u2014')
        return rs;
    return own_line_dateline(line, p.blocks[rs].text) ? rs - 1 : rs;
}

// "... twee vrachtwagens met stalen platen. / Bekijk hier de beelden van de kade: / Video afspelen / 01:12 / <title>",
// "... / Watch the video: / Play video / 0:00 / 2:05", "... / Sehen Sie hier das Video:": the region's last line, a
// short line closed by a colon, that announces a video the body does not hold, leaves the region: right over the
// video's player (its button, lexicon section video_play_labels, or the word alone over its title, video_markers, or
// its length alone: video_length()), or opening with a call to watch it (lexicon section video_lead_ins) where the page
// printed no player at all. (A colon over a list or a table the region takes holds no last line.)
std::pair<std::size_t, std::size_t> trim_video_lead_in(const Page& p, std::size_t rs, std::size_t re) {
    const int most_words = 14;
    const Block& b = p.blocks[re];
    if (re <= rs || b.text.back() != ':' || b.words < 2 || b.words > most_words || b.urls > 0)
        return {rs, re};
    static const LexiconSection* play = common_lexicon().section("video_play_labels"); // (looked up once)
    static const LexiconSection* marker = common_lexicon().section("video_markers");   // (looked up once)
    static const LexiconSection& lead_ins = any_language_section("video_lead_ins");    // (merged once)
    bool player = false;
    if (re + 1 < p.blocks.size()) {
        const Block& next = p.blocks[re + 1];
        player = (play != nullptr && play->has(next.lower)) || (marker != nullptr && marker->has(next.lower)) ||
                 video_length(next);
    }
    return player || opens_with_entry(lead_ins, b.lower) > 0 ? std::pair{rs, re - 1} : std::pair{rs, re};
}

// "¿Te ha resultado útil este artículo? / Sí / No", "Czy ten artykuł był pomocny? / Tak / Nie": the page's poll on the
// article (article_service_notice() over one to three answers of a word or two) closes its text: the poll leaves the
// region with the few lines under it (the author's box, a call to ask the site a question).
std::pair<std::size_t, std::size_t> trim_feedback_poll(const Page& p, std::size_t rs, std::size_t re) {
    const std::size_t most_answers = 3, most_after = 8;
    auto answer = [&](std::size_t k) {
        const Block& b = p.blocks[k];
        return b.words >= 1 && b.words <= 2 && b.digits == 0 && !b.end_punct && b.urls == 0;
    };
    for (std::size_t k = re > rs + most_after + most_answers ? re - most_after - most_answers : rs + 1; k <= re; ++k) {
        if (p.blocks[k].text.back() != '?' || !article_service_notice(p.blocks[k]))
            continue;
        std::size_t answers = 0;
        while (answers < most_answers && k + 1 + answers < p.blocks.size() && answer(k + 1 + answers))
            ++answers;
        if (answers > 0)
            return {rs, k - 1};
    }
    return {rs, re};
}

} // namespace

// The run's edges: the author's box, closing notices and titles under the article leave it; its closing sentences
// and the dateline broken off over its first line join it.
std::pair<std::size_t, std::size_t> trim_region(const Page& p, std::size_t rs, std::size_t re) {
    re = cut_second_copy(p, rs, cut_at_paywall(p, rs, re));
    auto trimmed = trim_leading_excerpts(p, rs, re);
    trimmed = trim_first_comment(p, trimmed.first, trimmed.second);
    trimmed = trim_author_box(p, trimmed.first, trimmed.second);
    trimmed = trim_feedback_poll(p, trimmed.first, trimmed.second);
    trimmed = trim_closing_notices(p, trimmed.first, trimmed.second);
    trimmed = trim_closing_box(p, trimmed.first, trimmed.second);
    trimmed = trim_teaser_after_signature(p, trimmed.first, trimmed.second);
    trimmed = trim_after_agency_tag(p, trimmed.first, trimmed.second);
    trimmed = trim_trailing_titles(p, trimmed.first, trimmed.second);
    trimmed = take_text_over_credit(p, trimmed.first, trimmed.second);
    trimmed = take_closing_sentences(p, trimmed.first, trimmed.second);
    trimmed = take_closing_answers(p, trimmed.first, trimmed.second);
    trimmed = take_numbered_items(p, trimmed.first, trimmed.second);
    trimmed = take_programme_items(p, trimmed.first, trimmed.second);
    trimmed = take_fact_box(p, trimmed.first, trimmed.second);
    trimmed = take_note_under_related(p, trimmed.first, trimmed.second);
    trimmed = take_announced_list(p, trimmed.first, trimmed.second);
    trimmed = take_practical_box(p, trimmed.first, trimmed.second);
    trimmed = take_fact_records(p, trimmed.first, trimmed.second);
    trimmed = take_gallery_slides(p, trimmed.first, trimmed.second);
    trimmed = take_text_past_video(p, trimmed.first, trimmed.second);
    trimmed = take_text_past_embed(p, trimmed.first, trimmed.second);
    trimmed = take_next_posts(p, trimmed.first, trimmed.second);
    trimmed = take_text_past_box(p, trimmed.first, trimmed.second);
    trimmed = trim_video_lead_in(p, trimmed.first, trimmed.second);
    trimmed.first = take_lone_dateline(p, text_over_facts(p, trimmed.first));
    return take_sign_off(p, trimmed.first, trimmed.second);
}

// "Réservé aux abonnés" / <the article's first paragraph>: the subscribers' badge over the text (paywall_badge()),
// which cut_at_paywall() let through, leaves the body, and so does a notice to the reader about the article
// (article_service_notice()). Only among the region's first lines, up to its first paragraph of prose. A paywall's
// prompt between two paragraphs further down leaves it too.

} // namespace archive
