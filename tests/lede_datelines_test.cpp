// Tests of the lede over a dateline and of a desk's signature: a line right under the headline is the standfirst when
// the body's first paragraph under it opens with a dateline ("SAN TELMO.- ...", "OSLO (AFP) - ..."), right under it or
// under the desk's signature; a lone "Redacción", "Redaktion", "Rédaction" or "Agencias" under the headline signs the
// text (no author) and is never a heading. Every line is invented.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"
#include "test_pages.hpp"

#include <algorithm>
#include <initializer_list>
#include <string>

using namespace archive;

namespace {

struct Row {
    const char* language;
    const char* headline;
    const char* standfirst;
    const char* between; // the lines between the standfirst and the body, or an empty string
    const char* body;    // the body's first paragraph
    const char* second;  // its second paragraph
    const char* place;   // the dateline sought, or an empty string for none
};

Article classified(const Row& r) {
    std::string page = std::string(r.headline) + "\n" + r.standfirst + "\n";
    if (*r.between != '\0')
        page += std::string(r.between) + "\n";
    page += std::string(r.body) + "\n" + r.second + "\n";
    return classify(segment(page), r.language);
}

// Each row's standfirst is the lede, its dateline the one sought, no section has a heading (the desk's line is none),
// no author is named and the desk's line is kept with the boilerplate.
void check_rows(std::initializer_list<Row> rows) {
    for (const auto& r : rows) {
        INFO(r.language << ": " << r.between);
        const Article a = classified(r);
        CHECK(a.lede.value_or("") == r.standfirst);
        CHECK(a.dateline.value_or("") == r.place);
        CHECK(test::headings_of(a).empty());
        CHECK(a.authors.empty());
        if (*r.between != '\0')
            CHECK(std::find(a.boilerplate.begin(), a.boilerplate.end(), r.between) != a.boilerplate.end());
    }
}

const char* const es_head = "Los embalses del norte bajan al treinta por ciento de su capacidad";
const char* const es_stand =
    "La sequía obliga a restringir el riego en tres comarcas. Los regantes piden ayudas urgentes al ministerio.";
const char* const es_body = "VILLANUEVA DEL PARDO.- La consejera de Agricultura anunció este lunes nuevas "
                            "restricciones para el riego en toda la cuenca del río.";
const char* const es_plain = "La consejera de Agricultura anunció este lunes nuevas restricciones para el riego en "
                             "toda la cuenca del río y en los pueblos de la sierra.";
const char* const es_second =
    "Las medidas entrarán en vigor la próxima semana y se revisarán cada quince días según las lluvias.";

} // namespace

TEST_CASE("a standfirst over a first paragraph opening with a dateline is the lede", "[classify][lede]") {
    check_rows({
        {"es", es_head, es_stand, "", es_body, es_second, "VILLANUEVA DEL PARDO"},
        {"es", es_head, es_stand, "Agencias", es_body, es_second, "VILLANUEVA DEL PARDO"},
        {"es", es_head, es_stand, "Redacción / Agencias", es_body, es_second, "VILLANUEVA DEL PARDO"},
        {"pt", "Governo restringe o uso da água nas lavouras do interior",
         "A seca obriga o estado a cortar a irrigação em três regiões. Produtores pedem ajuda ao ministério.", "",
         "PORTO SERENO — O governo estadual anunciou nesta segunda-feira novas restrições ao uso da água nas lavouras "
         "da região.",
         "As medidas entram em vigor na próxima semana e serão revistas a cada quinze dias.", "PORTO SERENO"},
        {"fr", "Le préfet restreint l'arrosage dans trois cantons du sud",
         "La sécheresse oblige l'État à couper l'irrigation des cultures. Les agriculteurs réclament une aide.",
         "Agences",
         "LORVAL (AFP) - Le préfet a annoncé lundi de nouvelles restrictions d'eau pour les agriculteurs de trois "
         "cantons du département.",
         "Les mesures entreront en vigueur la semaine prochaine et seront revues tous les quinze jours.", "LORVAL"},
        {"de", "Land beschränkt die Bewässerung in drei Kreisen",
         "Die Trockenheit zwingt die Regierung zu harten Schritten. Die Landwirte fordern nun schnelle Hilfen vom Bund.",
         "",
         "HAFENSTADT (dpa) - Die Landesregierung hat am Montag neue Einschränkungen für die Bewässerung der Felder in "
         "drei Kreisen beschlossen.",
         "Die Regeln gelten ab der kommenden Woche und werden alle zwei Wochen überprüft.", "HAFENSTADT"},
        {"en", "State limits irrigation from three valley reservoirs",
         "Drought forces officials to cut water for farms in three counties. Growers ask the legislature for relief.",
         "",
         "KELLBRIDGE — State officials announced new limits Monday on irrigation from three reservoirs in the valley "
         "and its farms.",
         "The rules take effect next week and will be reviewed every two weeks as the rain returns.", "KELLBRIDGE"},
    });
}

TEST_CASE("a desk's signature alone under the headline is no heading and parts the standfirst from the body",
          "[classify][lede]") {
    check_rows({
        {"es", es_head, es_stand, "Redacción", es_plain, es_second, ""},
        {"es", es_head, es_stand, "Redacción El Faro del Sur", es_plain, es_second, ""},
        {"pt", "Governo restringe o uso da água nas lavouras do interior",
         "A seca obriga o estado a cortar a irrigação em três regiões. Produtores pedem ajuda ao ministério.",
         "Redação",
         "O governo estadual anunciou nesta segunda-feira novas restrições ao uso da água nas lavouras da região e "
         "nas cidades da serra.",
         "As medidas entram em vigor na próxima semana e serão revistas a cada quinze dias.", ""},
        {"fr", "Le préfet restreint l'arrosage dans trois cantons du sud",
         "La sécheresse oblige l'État à couper l'irrigation des cultures. Les agriculteurs réclament une aide.",
         "Rédaction",
         "Le préfet a annoncé lundi de nouvelles restrictions d'eau pour les agriculteurs de trois cantons du "
         "département et des villes voisines.",
         "Les mesures entreront en vigueur la semaine prochaine et seront revues tous les quinze jours.", ""},
        {"de", "Land beschränkt die Bewässerung in drei Kreisen",
         "Die Trockenheit zwingt die Regierung zu harten Schritten. Die Landwirte fordern nun schnelle Hilfen vom Bund.",
         "Redaktion",
         "Die Landesregierung hat am Montag neue Einschränkungen für die Bewässerung der Felder in drei Kreisen und "
         "den Städten beschlossen.",
         "Die Regeln gelten ab der kommenden Woche und werden alle zwei Wochen überprüft.", ""},
        {"it", "La Regione limita l'irrigazione in tre province",
         "La siccità costringe la giunta a tagliare l'acqua ai campi. Gli agricoltori chiedono aiuti immediati.",
         "Redazione",
         "La giunta regionale ha approvato ieri nuove limitazioni all'uso dell'acqua per l'irrigazione dei campi in "
         "tre province del sud.",
         "Le misure entreranno in vigore la prossima settimana e saranno riviste ogni quindici giorni.", ""},
    });
}

TEST_CASE("a line under the headline over a first paragraph with no dateline stays in the body", "[classify][lede]") {
    const Row r{"es", es_head, es_stand, "", es_plain, es_second, ""};
    const Article a = classified(r);
    CHECK_FALSE(a.lede);
    REQUIRE_FALSE(a.sections.empty());
    CHECK(a.sections.front().paragraphs.front() == es_stand);
}
