// Three wires the lexicon lacked: Mexico's Notimex (its editors' initials close a story, "NTX/EVA/LMG"), the Folha
// group's Folhapress ("BENTO FIGUEIRA, SP (FOLHAPRESS) -") and Senegal's APS ("Dakar, 3 déc (APS) -"). Their
// datelines tag the text and give the place, as a known agency's do. Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "classify.hpp"

#include <optional>
#include <string>
#include <vector>

using namespace archive;

TEST_CASE("Notimex, Folhapress and APS are agencies", "[agencies][probe5_wires]") {
    using Ids = std::optional<std::vector<std::string>>;
    const std::pair<const char*, Ids> rows[] = {
        {"(Notimex)", Ids{{"notimex"}}},
        {"NTX/EVA/LMG", Ids{{"notimex"}}},
        {"(Folhapress)", Ids{{"folhapress"}}},
        {"(APS)", Ids{{"aps"}}},
    };
    for (const auto& [line, ids] : rows) {
        INFO(line);
        CHECK(agency_tag(line) == ids);
    }
}

TEST_CASE("a dateline naming Notimex, Folhapress or APS tags the text and gives its place", "[agencies][probe5_wires]") {
    struct Row {
        const char* headline;
        const char* opening;
        const char* next;
        const char* place;
        const char* agency;
    };
    const std::vector<Row> rows = {
        {"La récolte de riz attendue en hausse dans la vallée",
         "Dakar, 3 déc (APS) - La récolte de riz de la vallée devrait atteindre un niveau record cette saison, a "
         "annoncé mercredi le directeur de la société d'aménagement.",
         "Les producteurs ont bénéficié d'une subvention sur les engrais, selon la même source.", "Dakar",
         "aps"}, // fr-SN
        {"Chuva deixa desalojados no interior e prefeitura decreta emergência",
         "BENTO FIGUEIRA, SP (FOLHAPRESS) - A chuva da madrugada deixou ao menos 2.300 pessoas desalojadas na cidade, "
         "segundo a Defesa Civil municipal.",
         "Escolas municipais foram transformadas em abrigos para as famílias.", "BENTO FIGUEIRA",
         "folhapress"}, // pt-BR
        {"Sismo sacude el centro del país sin daños graves",
         "San Lorenzo, 3 de diciembre (Notimex) - Un sismo de magnitud moderada se registró la mañana de este "
         "miércoles sin que se reporten daños, informaron las autoridades.",
         "La alerta sonó antes de que llegaran las ondas a la capital del estado.", "San Lorenzo",
         "notimex"}, // es-MX
    };
    for (const Row& r : rows) {
        INFO(r.opening);
        const Article a = parse(std::string(r.headline) + "\n\n" + r.opening + "\n\n" + r.next + "\n");
        REQUIRE(a.dateline);
        CHECK(*a.dateline == r.place);
        REQUIRE(a.source_tag);
        CHECK(a.source_tag->agencies == std::vector<std::string>{r.agency});
    }
}
