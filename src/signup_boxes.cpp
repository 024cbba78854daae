// Newsletter sign-up boxes printed between two paragraphs of the article.
#include "classify.hpp"
#include "page.hpp"

#include "lexicon.hpp"

#include <array>
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

// "Sign up for The Morning Ferry", "Get the harbour news in your inbox", "Jetzt den Newsletter abonnieren",
// "S'inscrire", "By signing up you accept our privacy policy": a line of a sign-up box, holding a word of the lexicon
// section signup_box_pieces (the offer, the button, the notice on the data), thirty words at most.
bool signup_line(const Page& p, std::size_t k) {
    static const LexiconSection& pieces = any_language_section("signup_box_pieces"); // (merged once)
    const Block& b = p.blocks[k];
    const int most_words = 30;
    if ((p.role[k] != Role::none && p.role[k] != Role::boilerplate) || b.words == 0 || b.words > most_words)
        return false;
    for (const std::string_view piece : pieces.entries)
        if (b.lower.find(piece) != std::string_view::npos)
            return true;
    return false;
}

} // namespace

// "... a paragraph. / Sign up for The Morning Ferry / Get the harbour news in your inbox every weekday. / Enter your
// email / Sign up / By signing up you accept our privacy policy. / <the article goes on>": the field asking for an
// e-mail address inside the region [rs, re], with the lines of the box over it (its title, the offer) and under it
// (the button, the notice on the data), three at most each way, leaves the body. A line naming neither the offer nor
// the button ends the box: the paragraphs around it stay.
void drop_signup_boxes(Page& p, std::size_t rs, std::size_t re) {
    const std::size_t n = p.blocks.size(), reach = 3;
    for (std::size_t k = rs; k <= re && k < n; ++k) {
        // (The field may be known as the page's furniture already.)
        if ((p.role[k] != Role::none && p.role[k] != Role::boilerplate) || !email_field(p.blocks[k]))
            continue;
        p.role[k] = Role::boilerplate;
        for (std::size_t j = k; j > 0 && k - j < reach && signup_line(p, j - 1); --j)
            p.role[j - 1] = Role::boilerplate;
        for (std::size_t j = k + 1; j < n && j <= k + reach && signup_line(p, j); ++j)
            p.role[j] = Role::boilerplate;
    }
}

std::size_t above_signup_box(const Page& p, std::size_t at) {
    const std::size_t most_lines = 7; // the field, and three lines each way
    std::size_t j = at;
    bool field = false;
    while (j > 0 && at - j < most_lines && p.role[j - 1] == Role::boilerplate &&
           (signup_line(p, j - 1) || email_field(p.blocks[j - 1]))) {
        field = field || email_field(p.blocks[j - 1]);
        --j;
    }
    return field ? j : at;
}

} // namespace archive
