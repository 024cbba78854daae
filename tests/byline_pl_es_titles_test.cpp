// Tests of Polish and Spanish bylines on blogs and advice portals: "Opublikowano <date> przez X" (a blog's post facts),
// a lawyer's or a doctor's title before the name ("Autor: mec. X", "adw.", "mgr inż.", "Por Lic. X"): lexicon
// sections byline and name_degree_words.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"

#include <string>
#include <vector>

using namespace archive;

namespace {

std::vector<std::string> authors_of(const std::string& byline, const char* lang, const std::string& body) {
    return classify(segment(byline + "\n" + body), lang).authors;
}

const std::string pl_head = "Blog Wędrowny\nPodróże\nJesień nad jeziorami w trzy dni";
const std::string pl_body =
    "Wyjechaliśmy w piątek rano, kiedy nad wodą wisiała jeszcze gęsta mgła i drogi były prawie puste.\n"
    "Pierwszy nocleg mieliśmy w małej agroturystyce, gdzie gospodarze sami wędzą ryby z jeziora.\n"
    "Drugiego dnia przepłynęliśmy kajakiem dwanaście kilometrów, a wieczorem rozpaliliśmy ognisko.\n";
const std::string es_head = "Portal Jurídico\nConsejos\nQué hacer si tu arrendador no devuelve la fianza";
const std::string es_body =
    "El arrendador tiene un mes desde la entrega de llaves para devolver la fianza o explicar por qué no lo hace.\n"
    "Si no responde, conviene enviarle un burofax con acuse de recibo en el que se reclame la cantidad exacta.\n"
    "Cuando tampoco así contesta, el inquilino puede acudir al juzgado sin abogado si la suma es pequeña.\n";

} // namespace

TEST_CASE("a Polish blog's post facts name the writer after przez", "[bylines][pl_es_titles]") {
    CHECK(authors_of(pl_head + "\nOpublikowano 5 grudnia 2026 przez Tomasz Wilk", "pl", pl_body) ==
          std::vector<std::string>{"Tomasz Wilk"});
    // The Spanish twin was read before: the same shape.
    CHECK(authors_of(es_head + "\nPublicado el 5 de diciembre de 2026 por Marta Quintero", "es", es_body) ==
          std::vector<std::string>{"Marta Quintero"});
}

TEST_CASE("a lawyer's or a doctor's title before the name is no part of it", "[bylines][pl_es_titles]") {
    for (const char* line : {"Autor: mec. Joanna Lis", "Autor: adw. Joanna Lis", "Autor: mgr inż. Joanna Lis",
                             "Autor: lek. Joanna Lis"}) {
        INFO(line);
        CHECK(authors_of(pl_head + "\n" + line, "pl", pl_body) == std::vector<std::string>{"Joanna Lis"});
    }
    for (const char* line : {"Por Lic. Ana Robles", "Por la Mtra. Ana Robles", "Por el Ing. Ana Robles"}) {
        INFO(line);
        CHECK(authors_of(es_head + "\n" + line, "es", es_body) == std::vector<std::string>{"Ana Robles"});
    }
}
