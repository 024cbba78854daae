// An author's name with the text agency after a slash or a comma ("Jeanne Dupont / ATS", "Anna Muster, dpa",
// "Mario Rossi / ANSA") over the date line signs the text: a byline (authors and source tag), not a picture's credit
// taking the standfirst over it for its caption. A photographer's name in capitals with the agency ("LUDOVIC MARIN /
// AFP") under a caption stays the picture's credit.
#include <catch2/catch.hpp>

#include "credits_parts.hpp"
#include "pipeline.hpp"

#include <algorithm>
#include <string>

using namespace archive;

namespace {

std::string page(const char* headline, const char* standfirst, const char* signature, const char* date,
                 const char* body, const char* closing = "Les associations saluent le projet, mais demandent un calendrier "
                                                         "plus rapide et des pistes mieux séparées.") {
    // (The text's paragraphs differ: a line printed twice on a page may be a picture's caption.)
    return std::string(headline) + "\n\n" + standfirst + "\n\n" + signature + "\n" + date + "\n\n" + body + "\n\n" +
           closing + "\n";
}

} // namespace

TEST_CASE("a name with a text agency is a signature, a name in capitals with it a credit", "[credits][credit31]") {
    CHECK(name_agency_signature("Jeanne Dupont / ATS"));
    CHECK(name_agency_signature("Jeanne Dupont, ATS"));
    CHECK(name_agency_signature("Anna Muster / dpa"));
    CHECK(name_agency_signature("Mario Rossi / ANSA"));
    CHECK(name_agency_signature("Lucía Gómez, EFE"));
    CHECK_FALSE(name_agency_signature("LUDOVIC MARIN / AFP"));
    CHECK_FALSE(name_agency_signature("KEYSTONE/Jean-Christophe Bott"));
    CHECK_FALSE(name_agency_signature("Jeanne Dupont"));
    CHECK_FALSE(name_agency_signature("Photo: Jeanne Dupont / ATS"));
    CHECK_FALSE(name_agency_signature("Getty Images"));
}

TEST_CASE("a name with a text agency over the date line is the byline", "[classify][credit31]") {
    struct Row {
        const char* lang;
        std::string text;
        const char* author;
        const char* agency;
    };
    const std::vector<Row> rows = {
        {"fr",
         page("Le canton relance son plan pour les pistes cyclables",
              "Le Conseil d'Etat présente un nouveau réseau de pistes le long des routes, dix ans après le premier "
              "projet.",
              "Jeanne Dupont / ATS", "Publié le 24 novembre 2026 à 14h12",
              "Le gouvernement a présenté mardi un plan de quarante kilomètres de pistes. Les travaux doivent "
              "commencer au printemps prochain, selon le département."),
         "Jeanne Dupont", "ats"},
        {"fr",
         page("Le canton relance son plan pour les pistes cyclables",
              "Le Conseil d'Etat présente un nouveau réseau de pistes le long des routes, dix ans après le premier "
              "projet.",
              "Jeanne Dupont, ATS", "24.11.2026, 14:12",
              "Le gouvernement a présenté mardi un plan de quarante kilomètres de pistes. Les travaux doivent "
              "commencer au printemps prochain, selon le département."),
         "Jeanne Dupont", "ats"},
        {"it",
         page("Il comune rilancia il piano per le piste ciclabili",
              "La giunta presenta una nuova rete di piste lungo le strade provinciali, dieci anni dopo il primo "
              "progetto.",
              "Mario Rossi / ANSA", "24 novembre 2026, 14:12",
              "La giunta comunale ha presentato martedì un piano di quaranta chilometri di piste ciclabili. I lavori "
              "dovrebbero iniziare la prossima primavera.",
              "Le associazioni dei ciclisti accolgono il progetto, ma chiedono tempi più rapidi e piste separate."),
         "Mario Rossi", "ansa"},
        {"de",
         page("Stadt plant neue Velowege entlang des Sees",
              "Der Gemeinderat will bis 2030 rund zwanzig Kilometer neue Velowege bauen, die Opposition ist "
              "skeptisch.",
              "Anna Muster / DPA", "24.11.2026, 14:12 Uhr",
              "Der Stadtrat hat am Dienstag einen Plan für zwanzig Kilometer neue Velowege vorgestellt. Die "
              "Bauarbeiten sollen im Frühling beginnen.",
              "Die Velo-Verbände begrüssen das Projekt, fordern aber einen schnelleren Zeitplan und breitere Wege."),
         "Anna Muster", "dpa"},
    };
    for (const Row& r : rows) {
        INFO(r.lang << "\n" << r.text);
        const Article a = parse(r.text, "page.txt");
        CHECK(a.authors == std::vector<std::string>{r.author});
        REQUIRE(a.source_tag);
        CHECK(std::find(a.source_tag->agencies.begin(), a.source_tag->agencies.end(), r.agency) !=
              a.source_tag->agencies.end());
        CHECK(a.media.empty());
        CHECK(a.lede);
    }
}

TEST_CASE("a photographer's name in capitals with the agency under a caption stays its credit",
          "[classify][credit31]") {
    const std::string text = "Le canton relance son plan pour les pistes cyclables\n\n"
                             "Le gouvernement a présenté mardi un plan de quarante kilomètres de pistes. Les travaux "
                             "doivent commencer au printemps prochain.\n\n"
                             "Des cyclistes sur le quai d'Ouchy, à Lausanne, en mai.\n"
                             "LAURENT GILLIERON / AFP\n"
                             "24.11.2026, 14:12\n\n"
                             "Selon le département, le coût total est estimé à 80 millions de francs. Les communes "
                             "participeront à hauteur d'un tiers.\n";
    const Article a = parse(text, "page.txt");
    REQUIRE(a.media.size() == 1);
    CHECK(a.media[0].credit == std::optional<std::string>("LAURENT GILLIERON / AFP"));
}
