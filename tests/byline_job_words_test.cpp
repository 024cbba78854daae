// Table-driven tests of the job titles that tell a bare name is a byline's (lexicon section job_title_words): the
// French special correspondent ("Jeanne Morel, envoyée spéciale") and the Dutch newsroom's titles ("Anna de Vries" /
// "Redacteur"), which the lists lacked.
#include "byline_rows.hpp"

#include <tuple>

using namespace archive;

TEST_CASE("a job title under or after a bare name makes it the author's", "[classify][byline][job_words]") {
    const char* const fr = "Les bacs sont partis plus tard ce matin, car le vent soufflait fort et froid sur la baie.";
    const char* const nl = "De veerboten vertrokken vanochtend later, omdat de wind hard en koud over de baai waaide.";
    for (const auto& [lang, sentence, under, name] : {
             std::tuple{"fr", fr, "Jeanne Morel, envoyée spéciale à Lyon", "Jeanne Morel"},
             std::tuple{"fr", fr, "Jeanne Morel\nEnvoyée spéciale", "Jeanne Morel"},
             std::tuple{"nl", nl, "Anna de Vries\nRedacteur", "Anna de Vries"},
             std::tuple{"nl", nl, "Piet Jansen, verslaggever", "Piet Jansen"},
         }) {
        INFO(under);
        const char* title = std::string(lang) == "fr" ? "Les bacs du matin partent en retard" : "Veerboten te laat";
        CHECK(test::page_under_title(lang, title, under, sentence).authors == std::vector<std::string>{name});
    }
    CHECK(job_title_line("Hoofdredacteur"));
    CHECK(job_title_line("envoyé spécial"));
}
