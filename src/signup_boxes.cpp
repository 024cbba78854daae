// Boxes printed between two paragraphs of the article that ask something of the reader: a newsletter's sign-up form,
// a readers' poll.
#include "classify.hpp"
#include "closing_arrows.hpp"
#include "donation_boxes.hpp"
#include "page.hpp"
#include "region_parts.hpp"

#include "lexicon.hpp"
#include "lexicon_openings.hpp"
#include "text.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cctype>
#include <string_view>
#include <vector>

namespace archive {

namespace {

// "Enter your email", "E-Mail-Adresse*", "Votre adresse e-mail : *": the field of a form asking for an e-mail
// address, a few words opening with a phrase of the lexicon section email_fields ("Your email address will not be
// published" is a longer notice over a comment form).
bool email_field(const Block& b) {
    static const LexiconSection& fields = any_language_section("email_fields"); // (merged once)
    // (the phrases by their first byte, gathered once: most short lines open with a byte none of them opens with, and
    // a line is compared only with the few phrases opening with its own first byte)
    static const std::array<std::vector<std::string_view>, 256> by_front = by_first_byte(fields.entries);
    const int most_words = 6;
    if (b.words == 0 || b.words > most_words || b.lower.empty())
        return false;
    for (std::string_view phrase : by_front[static_cast<unsigned char>(b.lower.front())])
        if (b.lower.starts_with(phrase))
            return true;
    return false;
}

// Line k may be a line of a box: no role but the page's furniture (the box may be known as boilerplate already), one
// word to `most_words`.
bool free_box_line(const Page& p, std::size_t k, int most_words) {
    const Block& b = p.blocks[k];
    return (p.role[k] == Role::none || p.role[k] == Role::boilerplate) && b.words > 0 && b.words <= most_words;
}

// "Sign up for The Morning Ferry", "Get the harbour news in your inbox", "Jetzt den Newsletter abonnieren",
// "S'inscrire", "By signing up you accept our privacy policy": a line of a sign-up box, holding a word of the lexicon
// section signup_box_pieces (the offer, the button, the notice on the data), thirty words at most.
bool signup_line(const Page& p, std::size_t k) {
    static const LexiconSection& pieces = any_language_section("signup_box_pieces"); // (merged once)
    const Block& b = p.blocks[k];
    if (!free_box_line(p, k, 30))
        return false;
    for (const std::string_view piece : pieces.entries)
        if (b.lower.find(piece) != std::string_view::npos)
            return true;
    return false;
}

// "Get the Metro Morning newsletter" / "The town's news before 7 a.m. on weekdays." / "Enter your email": the box's
// blurb at k, a line of thirty words at most naming neither offer nor button, under a title of ten words at most that
// names the offer and ends with no full stop (a paragraph about a newsletter ends with one).
bool blurb_under_title(const Page& p, std::size_t k) {
    const int most_words = 30, most_title_words = 10;
    if (k == 0 || p.blocks[k].words == 0 || p.blocks[k].words > most_words || !signup_line(p, k - 1))
        return false;
    const Block& title = p.blocks[k - 1];
    return title.words <= most_title_words && title.text.back() != '.';
}

// "Umfrage: Soll die Gemeinde das Bad öffnen?", "Poll: Should the city ...?": the question of a readers' poll, a line
// ending with a question mark and opening with a label of the lexicon section poll_labels and its colon.
bool poll_question(const Block& b) {
    static const LexiconSection& labels = any_language_section("poll_labels"); // (merged once)
    const int most_words = 40;
    if (b.words < 3 || b.words > most_words || b.text.back() != '?')
        return false;
    const std::size_t colon = b.lower.find(':');
    if (colon == std::string_view::npos)
        return false;
    // ("Sondage : faut-il ...?": the space before a French colon is no part of the label.)
    return labels.has(text::trim(std::string_view(b.lower).substr(0, colon)));
}

// "1.234 Stimmen", "512 votes": the count of votes under a poll's answers, a number and a word of the lexicon section
// poll_vote_counts.
bool vote_count(const Block& b) {
    static const LexiconSection& counts = any_language_section("poll_vote_counts"); // (merged once)
    if (b.words != 2 || b.digits == 0 || b.lower.empty() || b.lower.front() < '0' || b.lower.front() > '9')
        return false;
    return counts.has(std::string_view(b.lower).substr(b.lower.find(' ') + 1));
}

// "Ja", "Not sure", "Sí, cuanto antes": an answer of a poll, a line of five words at most that ends no sentence.
bool poll_answer(const Page& p, std::size_t k) {
    const Block& b = p.blocks[k];
    const int most_words = 5;
    return p.role[k] == Role::none && b.words > 0 && b.words <= most_words && b.text.back() != '.' &&
           b.text.back() != ':';
}


// "Support The Harbour Ledger", "Soutenez notre rédaction", "Unterstützen Sie unabhängigen Journalismus": the title of
// a box asking the reader for money, ten words at most without a final stop, opening with a phrase of the lexicon
// section appeal_titles as whole words.
bool appeal_title(const Page& p, std::size_t k) {
    static const LexiconSection& titles = any_language_section("appeal_titles"); // (merged once)
    const Block& b = p.blocks[k];
    const int most_words = 10;
    if (p.role[k] != Role::none || b.words == 0 || b.words > most_words || b.text.back() == '.' ||
        b.text.back() == ':')
        return false;
    return opens_with_entry(titles, b.lower) > 0;
}

// "Donate", "Jetzt spenden", "Faire un don", "Doneer nu": the box's button, the whole line (a closing "!" or arrow
// aside) an entry of the lexicon section appeal_buttons.
bool appeal_button(const Page& p, std::size_t k) {
    static const LexiconSection& buttons = any_language_section("appeal_buttons"); // (merged once)
    const Block& b = p.blocks[k];
    if (!free_box_line(p, k, 4))
        return false;
    return buttons.has(without_closing_arrow(b.lower));
}
// "... the last paragraph. / Support The Harbour Ledger / Journalism of integrity costs money. Support us with as little
// as 5 euros. / Donate": a box asking for money inside the region [rs, re], its title (appeal_title()) over one or two
// lines of blurb (forty words at most each) and its button (appeal_button()), leaves the body. A title with no button
// under it within three lines is left as it is (a section "Support for the ferry grows" goes on with text).
void drop_appeal_boxes(Page& p, std::size_t rs, std::size_t re) {
    // (The button may stand under the region's last line, which the box's blurb ends: it is looked for up to the
    // page's end.)
    const std::size_t n = p.blocks.size(), last = std::min(n, re + 1), most_blurb = 2;
    const int most_blurb_words = 40;
    for (std::size_t k = rs; k < last; ++k) {
        if (!appeal_title(p, k))
            continue;
        std::size_t end = k + 1;
        while (end < last && end - k - 1 < most_blurb && !appeal_button(p, end) && p.role[end] == Role::none &&
               p.blocks[end].words <= most_blurb_words)
            ++end;
        if (end >= n || !appeal_button(p, end))
            continue;
        for (std::size_t j = k; j <= end; ++j)
            p.role[j] = Role::boilerplate;
        k = end;
    }
}

// "Sign up", "Iscriviti", "Jetzt anmelden", "Subscrever", "Zapisz się": the button of a sign-up box, a line of three
// words at most naming the offer or the button (signup_line()), closed by no stop or colon.
bool signup_button(const Page& p, std::size_t k) {
    const Block& b = p.blocks[k];
    return free_box_line(p, k, 3) && b.text.back() != '.' && b.text.back() != ':' && signup_line(p, k);
}

// "... a paragraph. / Get our morning briefing / Sign up / <the article goes on>", "Newsletter / Jeden Morgen die
// wichtigsten Nachrichten aus der Region. / Jetzt anmelden": a sign-up box copied without its e-mail field and without
// the blank lines that set it apart, its button (signup_button()) at k glued under its pitch: the pitch is a short line
// with no final stop (twelve words at most), or a blurb (thirty words at most) under a title naming the offer (ten
// words at most, no final stop, signup_line()). ("Our newsletter editor said ... ." over the text's next paragraph
// has no button; a paragraph closed by a stop glued over a button-like line, with no title over it, is no box.)
void drop_glued_signup_box(Page& p, std::size_t rs, std::size_t re, std::size_t k) {
    const int most_pitch_words = 12, most_blurb_words = 30, most_title_words = 10;
    // (The button's and the pitch's shapes first, the lexicon's pieces after them: most glued lines are no button.)
    if (k <= rs || p.blocks[k].blank_before || !free_box_line(p, k, 3) || !free_box_line(p, k - 1, most_blurb_words))
        return;
    // ("S'inscrire", "Jetzt anmelden", "Sign up!": a button of words alone; "\"href\": \"https://.../inbox\"," under
    // "\"links\":[{" is a line of code, and so is a pitch that opens with no letter.)
    auto worded = [](std::string_view line) {
        return std::all_of(line.begin(), line.end(), [](char c) {
            const auto u = static_cast<unsigned char>(c);
            return u >= 0x80 || std::isalpha(u) || c == ' ' || c == '\'' || c == '-' || c == '!';
        });
    };
    const std::size_t pitch = k - 1;
    const auto front = static_cast<unsigned char>(p.blocks[pitch].text.front());
    if (!worded(p.blocks[k].text) || !(front >= 0x80 || std::isalpha(front)) || !signup_button(p, k))
        return;
    auto stopped = [](const Block& b) {
        const char last = b.text.back();
        return last == '.' || last == ':' || last == '!' || last == '?' || last == ',' || last == ';';
    };
    // ("Le brief du matin / Chaque matin, l'essentiel de l'actualité dans votre boîte mail. / S'inscrire": the offer
    // named by a blurb addressing the reader, [reader_person_words], under a title naming none, under a sentence.)
    // ("<last paragraph> / La lettre du matin / L'essentiel de l'actualité de l'estuaire, chaque jour à 7 heures. /
    // S'inscrire": closing the region, the button its last line or right under it, the box names its offer by its
    // button alone, its blurb a short sentence of twenty words at most under a title of six at most, under a sentence.)
    const int most_closing_blurb_words = 20, most_closing_title_words = 6;
    static const LexiconSection& persons = any_language_section("reader_person_words"); // (merged once)
    auto offered = [&] {
        const bool under_sentence = pitch > rs + 1 && p.blocks[pitch - 2].end_punct;
        return signup_line(p, pitch - 1) ||
               (under_sentence && signup_line(p, pitch) && persons.has_any(p.blocks[pitch].lower_words())) ||
               (under_sentence && k >= re && p.blocks[pitch].words <= most_closing_blurb_words &&
                p.blocks[pitch - 1].words <= most_closing_title_words);
    };
    const bool titled = pitch > rs && !p.blocks[pitch].blank_before && free_box_line(p, pitch - 1, most_title_words) &&
                        !stopped(p.blocks[pitch - 1]) && offered();
    if (!titled && (p.blocks[pitch].words > most_pitch_words || stopped(p.blocks[pitch])))
        return;
    for (std::size_t j = titled ? pitch - 1 : pitch; j <= k; ++j)
        p.role[j] = Role::boilerplate;
}

// "... a paragraph. / <blank> / Iscriviti alla newsletter / Ogni mattina le notizie del lago nella tua casella di
// posta. / Iscriviti / <blank> / <the article goes on>", "Receba as notícias da sua cidade / Subscreva a nossa
// newsletter diária. / Subscrever": a sign-up box copied without its e-mail field (a text copy drops the form's
// input), set apart by blank lines above and under it: a title (ten words at most, no final stop), up to two lines of
// blurb (thirty words at most each) glued under it, and its button (signup_button()) glued under them; the title or
// a blurb names the offer (signup_line()). A paragraph glued over a button-like line is no box: the box is set apart.
void drop_fieldless_signup_boxes(Page& p, std::size_t rs, std::size_t re) {
    const std::vector<Block>& blocks = p.blocks;
    // (The button may stand right under the region's last line, the box's title and blurb closing the region.)
    const std::size_t n = std::min(blocks.size(), re + 2), most_over = 3;
    const int most_title_words = 10, most_blurb_words = 30;
    for (std::size_t k = rs + 1; k < n; ++k) {
        if (blocks[k].blank_before)
            continue;
        if (!(blocks[k].blank_after || k + 1 == blocks.size())) {
            drop_glued_signup_box(p, rs, re, k);
            continue;
        }
        if (!signup_button(p, k))
            continue;
        // (the box's top: the first line set apart above, up to three lines over the button)
        std::size_t top = k;
        bool offer = false;
        while (top > rs && k - top < most_over && free_box_line(p, top - 1, most_blurb_words)) {
            --top;
            offer = offer || signup_line(p, top);
            if (blocks[top].blank_before)
                break;
        }
        const Block& title = blocks[top];
        // ("<last paragraph> / <blank> / La lettre du matin / L'essentiel de l'actualité, chaque jour à 7 heures. /
        // S'inscrire": closing the region, a title and a short blurb name their offer by the button alone, as in
        // drop_glued_signup_box().)
        const int most_closing_blurb_words = 20, most_closing_title_words = 6;
        offer = offer || (k >= re && k - top == 2 && blocks[top + 1].words <= most_closing_blurb_words &&
                          title.words <= most_closing_title_words);
        if (top == k || !title.blank_before || !offer || title.words > most_title_words || title.text.back() == '.')
            continue;
        for (std::size_t j = top; j <= k; ++j)
            p.role[j] = Role::boilerplate;
    }
}

// How many of the block's words carry the notice tag `t` (counted by segment()).
int tagged_words(const Block& b, NoticeTag t) {
    return b.notice_tags()[static_cast<std::size_t>(std::countr_zero(static_cast<unsigned>(t)))];
}

// "... a paragraph. / Wir verwenden Cookies, um Ihnen ein besseres Nutzererlebnis zu bieten. / Alle akzeptieren / Nur
// notwendige Cookies / <the article goes on>", "Deze website maakt gebruik van cookies. / Akkoord / Instellingen",
// "En esta web usamos cookies ... / Aceptar / Configurar": a cookie banner copied between two paragraphs,
// a line of forty words at most naming cookies (lexicon section consent_words) with one to three buttons glued under
// it, each of three words at most, no final mark, naming cookies or a word of consent (consent_context_words:
// "akzeptieren", "Akkoord", "Instellingen", "Aceptar"), leaves the body. A sentence on cookies without the buttons
// stays.
void drop_consent_banners(Page& p, std::size_t rs, std::size_t re) {
    const std::vector<Block>& blocks = p.blocks;
    const std::size_t n = std::min(blocks.size(), re + 1), most_buttons = 3;
    const int most_words = 40, most_button_words = 3;
    for (std::size_t k = rs; k < n; ++k) {
        if (!free_box_line(p, k, most_words) || tagged_words(blocks[k], cookie_word) == 0)
            continue;
        std::size_t end = k + 1;
        while (end < n && end - k <= most_buttons && !blocks[end].blank_before &&
               free_box_line(p, end, most_button_words) && !blocks[end].end_punct &&
               tagged_words(blocks[end], cookie_word) + tagged_words(blocks[end], consent_context) > 0)
            ++end;
        if (end == k + 1)
            continue;
        for (std::size_t j = k; j < end; ++j)
            p.role[j] = Role::boilerplate;
        k = end - 1;
    }
}

// "Sondaggio", "Umfrage", "Quiz": a label of the lexicon section poll_labels alone on its line (a closing colon aside),
// over the poll's question.
bool poll_label_line(const Block& b) {
    static const LexiconSection& labels = any_language_section("poll_labels"); // (merged once)
    const int most_words = 3;
    if (b.words == 0 || b.words > most_words)
        return false;
    std::string_view low = b.lower;
    if (low.ends_with(':'))
        low = text::trim(low.substr(0, low.size() - 1));
    return labels.has(low);
}

// "Secondo te il Comune fa abbastanza?", "Which planet has the most moons?": a question of a poll or a quiz without a
// label, three to forty words ending with a question mark, no role yet.
bool bare_poll_question(const Page& p, std::size_t k) {
    const Block& b = p.blocks[k];
    const int least_words = 3, most_words = 40;
    return p.role[k] == Role::none && b.words >= least_words && b.words <= most_words && b.text.back() == '?';
}

} // namespace

// "Umfrage: Soll die Gemeinde das Bad öffnen? / Ja / Nein / Weiß nicht / 1.234 Stimmen", "Sondaggio / Secondo te il
// Comune fa abbastanza? / Sì / No / Vota / Vedi risultati", "Quiz: How well do you know the harbour? / Take the quiz /
// Which pier is the oldest? / North pier / South pier": a readers' poll or quiz, its labelled question (or its label
// alone on the line over the question), two to eight answers under it (a quiz's next question among them), then the
// count of votes. One past its last line; `at` when no such box opens there (a question with fewer than two answers
// under it is the text's).
std::size_t poll_box_end(const Page& p, std::size_t at) {
    const std::size_t n = p.blocks.size(), most_lines = 8;
    if (at >= n || p.role[at] != Role::none)
        return at;
    std::size_t question = at;
    if (!poll_question(p.blocks[at])) {
        if (at + 1 >= n || !poll_label_line(p.blocks[at]) || !bare_poll_question(p, at + 1))
            return at;
        question = at + 1;
    }
    // (The answers printed as the first one is, glued to the line over it or set apart: a short line set apart under
    // answers glued together is the text's next cross-head.)
    std::size_t end = question + 1, answers = 0;
    const bool spaced = end < n && p.blocks[end].blank_before;
    while (end < n && end - question <= most_lines && !vote_count(p.blocks[end]) &&
           p.blocks[end].blank_before == spaced) {
        if (poll_answer(p, end))
            ++answers;
        else if (!bare_poll_question(p, end) || answers == 0)
            break;
        ++end;
    }
    if (answers < 2)
        return at;
    if (end < n && p.role[end] == Role::none && vote_count(p.blocks[end]))
        ++end;
    return end;
}

// "... a paragraph. / Umfrage: Soll die Gemeinde das Bad öffnen? / Ja / Nein / Weiß nicht / 1.234 Stimmen / <the
// article goes on>": a readers' poll (poll_box_end()) in the region leaves the body.
void drop_polls(Page& p, std::size_t rs, std::size_t re) {
    const std::size_t n = std::min(p.blocks.size(), re + 1);
    for (std::size_t k = rs; k < n; ++k) {
        const std::size_t end = poll_box_end(p, k);
        if (end == k)
            continue;
        for (std::size_t j = k; j < end; ++j)
            p.role[j] = Role::boilerplate;
        k = end - 1;
    }
}

namespace {

// "... the last paragraph. / Le brief du matin / Chaque matin, l'essentiel de l'actualité dans votre boîte mail. /
// Inscrivez-vous à notre newsletter / Votre adresse e-mail", "Der Morgen-Newsletter / Jetzt anmelden / Ihre
// E-Mail-Adresse": the title of a sign-up box closing the article, over the box's lines `top` on (its field under the
// region's last line): a line of ten words at most with no final stop right under a line closing a sentence, with
// at most one line of blurb between them addressing the reader ([reader_person_words]: "votre", "Ihre", "your"). It
// heads the box, no section of the article. ("Next steps / The council votes in March. / Sign up ...": a sentence
// addressing nobody is the text's last section, its heading with it.)
void drop_closing_box_title(Page& p, std::size_t top) {
    const int most_title_words = 10, most_blurb_words = 30;
    static const LexiconSection& persons = any_language_section("reader_person_words"); // (merged once)
    auto title_at = [&](std::size_t t) {
        return t > 0 && free_box_line(p, t, most_title_words) && !p.blocks[t].end_punct &&
               p.blocks[t - 1].end_punct;
    };
    if (top == 0)
        return;
    std::size_t t = top - 1;
    if (!title_at(t)) {
        if (t == 0 || !free_box_line(p, t, most_blurb_words) || !persons.has_any(p.blocks[t].lower_words()) ||
            !title_at(t - 1))
            return;
        p.role[t] = Role::boilerplate;
        --t;
    }
    p.role[t] = Role::boilerplate;
}

} // namespace

// "... a paragraph. / Sign up for The Morning Ferry / Get the harbour news in your inbox every weekday. / Enter your
// email / Sign up / By signing up you accept our privacy policy. / <the article goes on>": the field asking for an
// e-mail address inside the region [rs, re], with the lines of the box over it (its title, the offer) and under it
// (the button, the notice on the data), three at most each way, leaves the body. A line naming neither the offer nor
// the button ends the box (the paragraphs around it stay), but for a blurb right under the box's title.
// "... the last paragraph. / Get our local newsletter, delivered free each Friday / Your information is handled under
// our privacy policy. / Email address / Subscribe": the field may stand right under the region's last line, the
// box's lines over it closing the region.
void drop_signup_boxes(Page& p, std::size_t rs, std::size_t re) {
    const std::size_t n = p.blocks.size(), reach = 3;
    for (std::size_t k = rs; k <= re + reach && k < n; ++k) {
        // (The field may be known as the page's furniture already.)
        if ((p.role[k] != Role::none && p.role[k] != Role::boilerplate) || !email_field(p.blocks[k]))
            continue;
        p.role[k] = Role::boilerplate;
        std::size_t top = k;
        for (std::size_t j = k; j > 0 && k - j < reach; --j) {
            const bool signup = signup_line(p, j - 1);
            const bool blurb = !signup && blurb_under_title(p, j - 1);
            if (!signup && !blurb)
                break;
            p.role[j - 1] = Role::boilerplate;
            top = j - 1;
            if (blurb) {
                p.role[j - 2] = Role::boilerplate;
                top = j - 2;
                break;
            }
        }
        if (k > re)
            drop_closing_box_title(p, top);
        for (std::size_t j = k + 1; j < n && j <= k + reach && signup_line(p, j); ++j)
            p.role[j] = Role::boilerplate;
    }
    // (A box asking for money, or its box of amounts, is the same kind of box: it leaves the body with the sign-up
    // boxes; so do a sign-up box copied without its field and a cookie banner asking for consent.)
    drop_appeal_boxes(p, rs, re);
    drop_donation_boxes(p, rs, re);
    drop_fieldless_signup_boxes(p, rs, re);
    drop_consent_banners(p, rs, re);
}

std::size_t above_signup_box(const Page& p, std::size_t at) {
    const std::size_t most_lines = 7; // the field, and three lines each way
    std::size_t j = at;
    bool field = false;
    while (j > 0 && at - j < most_lines && p.role[j - 1] == Role::boilerplate &&
           (signup_line(p, j - 1) || email_field(p.blocks[j - 1]) ||
            (field && blurb_under_title(p, j - 1) && p.role[j - 2] == Role::boilerplate))) {
        field = field || email_field(p.blocks[j - 1]);
        --j;
    }
    return field ? j : at;
}

} // namespace archive
