// Byline shapes that named no author (probe41 H6/H7):
// - a handle after a dash closing the byline ("Por Ana Ruiz - @anaruiz"): the dash goes with the handle;
// - a job and the place it is held in before a colon ("Corresponsal en Bruselas: Ana Ruiz"), a label as "Por:" is;
// - an agency named with its noun after a slash ("Ana Ruiz / Agencia EFE"): the agency is the text's source.
// Every line is invented.
#include "byline_rows.hpp"
#include "credits_parts.hpp"

using namespace archive;

namespace {
using Names = std::optional<std::vector<std::string>>;
}

TEST_CASE("a handle after a dash closing the byline is no part of the name", "[classify][byline][head37]") {
    CHECK(byline_authors("Por Ana Ruiz - @anaruiz", "es") == Names({"Ana Ruiz"}));        // es
    CHECK(byline_authors("Di Mario Rossi \u2013 @mrossi", "it") == Names({"Mario Rossi"}));  // it, an en dash
    CHECK(byline_authors("Von Anna Muster \u2014 @amuster", "de") == Names({"Anna Muster"})); // de, an em dash
    CHECK(byline_authors("By Jane Roe @janeroe", "en") == Names({"Jane Roe"}));            // no dash, as before
    // A dash with no handle after it still closes the name with what follows ("Por Ana Ruiz - EFE").
    CHECK(byline_authors("Por Ana Ruiz - EFE", "es") == Names({"Ana Ruiz", "EFE"}));
}

TEST_CASE("a job and the place it is held in before a colon label the author", "[classify][byline][head37]") {
    CHECK(byline_authors("Corresponsal en Bruselas: Ana Ruiz", "es") == Names({"Ana Ruiz"}));        // es
    CHECK(byline_authors("Correspondant à Bruxelles : Jeanne Dupont", "fr") == Names({"Jeanne Dupont"})); // fr
    CHECK(byline_authors("Korrespondentin in Brüssel: Anna Muster", "de") == Names({"Anna Muster"}));  // de
    CHECK(byline_authors("Corrispondente da New York: Mario Rossi", "it") == Names({"Mario Rossi"}));  // it, two words
    // No place after the preposition, or no job first: no label.
    CHECK_FALSE(byline_authors("Redakteurin in der Ausbildung: Anna Muster", "de"));
    CHECK_FALSE(byline_authors("Vacaciones en Bruselas: una guía", "es"));
    CHECK_FALSE(byline_authors("Corresponsal en Bruselas y otras ciudades europeas: Ana Ruiz", "es")); // too long
    const Article es = test::page_under_title(
        "es", "Los transbordadores de la mañana salen tarde", "Corresponsal en Bruselas: Ana Ruiz\n3 de marzo de 2021",
        "Los transbordadores salieron más tarde esta mañana, porque el viento soplaba fuerte en la bahía.");
    CHECK(es.authors == std::vector<std::string>{"Ana Ruiz"});
    CHECK(es.headline == std::optional<std::string>("Los transbordadores de la mañana salen tarde"));
    const Article de = test::page_under_title(
        "de", "Die Fähren am Morgen fahren später", "Korrespondentin in Brüssel: Anna Muster\n3. März 2021",
        "Die Fähren fuhren heute Morgen später ab, weil der Wind über der Bucht sehr stark geweht hat.");
    CHECK(de.authors == std::vector<std::string>{"Anna Muster"});
    CHECK(de.headline == std::optional<std::string>("Die Fähren am Morgen fahren später"));
}

TEST_CASE("an agency named with its noun is an agency", "[classify][byline][head37]") {
    CHECK(named_agency("EFE") == std::optional<std::string>("efe"));
    CHECK(named_agency("Agencia EFE") == std::optional<std::string>("efe"));              // es
    CHECK(named_agency("Agenzia ANSA") == std::optional<std::string>("ansa"));            // it
    CHECK(named_agency("Nachrichtenagentur dpa") == std::optional<std::string>("dpa"));   // de
    CHECK_FALSE(named_agency("Agencia Tributaria"));  // an agency of the state, no news agency
    CHECK_FALSE(named_agency("Ana Ruiz"));
    CHECK(names_over_date("Ana Ruiz / Agencia EFE") == Names({"Ana Ruiz", "Agencia EFE"}));          // es
    CHECK(names_over_date("Mario Rossi / Agenzia ANSA") == Names({"Mario Rossi", "Agenzia ANSA"}));  // it
    CHECK(name_agency_signature("Ana Ruiz / Agencia EFE"));
    CHECK(name_agency_signature("Anna Muster / Nachrichtenagentur dpa"));
    CHECK_FALSE(name_agency_signature("Ana Ruiz / Agencia Tributaria"));
}

TEST_CASE("a name and an agency with its noun over the date: the author and the source tag", "[classify][byline][head37]") {
    const Article es = test::page_under_title(
        "es", "Los transbordadores de la mañana salen tarde", "Ana Ruiz / Agencia EFE\n3 de marzo de 2021",
        "Los transbordadores salieron más tarde esta mañana, porque el viento soplaba fuerte en la bahía.");
    CHECK(es.authors == std::vector<std::string>{"Ana Ruiz"});
    REQUIRE(es.source_tag);
    CHECK(es.source_tag->raw == "Agencia EFE");
    CHECK(es.source_tag->agencies == std::vector<std::string>{"efe"});
    const Article it = test::page_under_title(
        "it", "I traghetti del mattino partono in ritardo", "Mario Rossi / Agenzia ANSA\n3 marzo 2021",
        "I traghetti sono partiti in ritardo questa mattina, perché il vento soffiava forte sulla baia del porto.");
    CHECK(it.authors == std::vector<std::string>{"Mario Rossi"});
    REQUIRE(it.source_tag);
    CHECK(it.source_tag->agencies == std::vector<std::string>{"ansa"});
}

TEST_CASE("two bare names over the date under a short standfirst with no stop", "[classify][byline][head37]") {
    const Article de = test::page_under_title(
        "de", "Die Fähren am Morgen fahren wegen des Sturms später ab",
        "Die Reederei streicht bis Weihnachten täglich vier Fahrten\nLena Sommer\nPaul Meier\n24.11.2026, 16:05 Uhr",
        "Die Fähren fuhren heute Morgen später ab, weil der Wind über der Bucht sehr stark geweht hat.");
    CHECK(de.authors == std::vector<std::string>{"Lena Sommer", "Paul Meier"});
    const Article es = test::page_under_title(
        "es", "Los transbordadores de la mañana salen tarde por el temporal",
        "La naviera reduce las salidas hasta Navidad\nLucía Gómez\nPedro Gil\n24/11/2026 16:05",
        "Los transbordadores salieron más tarde esta mañana, porque el viento soplaba fuerte en la bahía.");
    CHECK(es.authors == std::vector<std::string>{"Lucía Gómez", "Pedro Gil"});
    // A run of three names over the date is a list of people, no byline.
    const Article list = test::page_under_title(
        "es", "Los transbordadores de la mañana salen tarde por el temporal",
        "La naviera reduce las salidas hasta Navidad\nLucía Gómez\nPedro Gil\nMarta Ruiz\n24/11/2026 16:05",
        "Los transbordadores salieron más tarde esta mañana, porque el viento soplaba fuerte en la bahía.");
    CHECK(list.authors.empty());
}
