// Lines near an English-language headline that are no headline (score_title(), headline_score.cpp), and a title of
// two short sentences in title case that is one (title_with_stop()). Invented pages.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"

#include <optional>
#include <string>
#include <vector>

using namespace archive;

namespace {

std::optional<std::string> headline_of(const char* page, const char* lang) {
    return classify(segment(page), lang).headline;
}

} // namespace

TEST_CASE("a read-aloud button with its length and a link after it is a reading aid", "[headline][probe28]") {
    for (const char* line : {"Listen to this article · 5:12 min Learn more", "Listen to this article · 4 min",
                             "Écouter cet article · 4 min En savoir plus", "Artikel anhören · 5:12 min Mehr erfahren"}) {
        INFO(line);
        CHECK(reading_aid(segment(line).front()));
    }
    // A title with a figure is no button.
    CHECK_FALSE(reading_aid(segment("Listen to the 5 songs that shaped the harbour").front()));
}

namespace {

// A page of a US paper's shape: a title of two sentences, its deck, a player's button, a picture, the byline and the
// reporter's place over the date.
const char* const nyt_like = R"(Skip to content
Advertisement
The City Wants to Pave Its Oldest Park. Residents Say No.
A plan to add parking to Riverside Green has drawn hundreds of protesters and a lawsuit.
Listen to this article · 5:12 min Learn more
Share full article
Image
Protesters gathered at the park's north gate on Sunday.
Credit...Laura Finch for The Harbour Times
By Daniel Ortega and Sarah Klein
Reporting from Hartford, Conn.
Nov. 24, 2026
The oldest park in Hartford has survived two floods, a highway plan and a century of budget cuts, and now a plan to pave the park.
The city council voted last month to pave a third of the oldest park to serve a new arena, a plan residents have protested every weekend.
"You don't fix downtown by killing the one place people actually want to be," said Marcy Holt, who walks her dogs in the park.
)";

} // namespace

TEST_CASE("the reporter's place, a picture's credit and a read-aloud button are no headline", "[headline][probe28]") {
    CHECK(headline_of(nyt_like, "en").value_or("") == "The City Wants to Pave Its Oldest Park. Residents Say No.");
    const char* fr = R"(Accueil
International
La ville veut bétonner son plus vieux parc
Un projet de parking au parc Riverside suscite des centaines de manifestants et une plainte.
Écouter cet article · 5 min
Par Daniel Ortega
De notre envoyé spécial à Hartford
24 novembre 2026
Le plus vieux parc de Hartford a survécu à deux crues, à un projet d'autoroute et à un siècle de coupes budgétaires dans le parc.
Le conseil municipal a voté le mois dernier pour bétonner un tiers du vieux parc afin de servir une nouvelle salle.
)";
    CHECK(headline_of(fr, "fr").value_or("") == "La ville veut bétonner son plus vieux parc");
}

TEST_CASE("two short sentences in sentence case over a deck are no title", "[headline][probe28]") {
    // The same page with the title's sentences in sentence case: prose, which title_with_stop() leaves to its date.
    std::string en = nyt_like;
    const std::string title = "The City Wants to Pave Its Oldest Park. Residents Say No.";
    en.replace(en.find(title), title.size(), "The city wants to pave its oldest park. Residents say no.");
    CHECK(headline_of(en.c_str(), "en").value_or("") != "The city wants to pave its oldest park. Residents say no.");
}
