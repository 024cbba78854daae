// Table-driven tests of the job titles that tell a bare name is a byline's (lexicon section job_title_words): the
// French special correspondent ("Jeanne Morel, envoyée spéciale") and the Dutch newsroom's titles ("Anna de Vries" /
// "Redacteur"), which the lists lacked, beside a language that had them.
#include <catch2/catch.hpp>

#include "bylines.hpp"
#include "classify.hpp"
#include "pipeline.hpp"

#include <string>
#include <tuple>
#include <vector>

using namespace archive;

namespace {

Article page_with(const char* lang, const char* title, const char* sentence, const std::string& under_title) {
    const std::string s = sentence;
    const std::string page = std::string("Le Port\nAccueil | Port | Sport\n\n") + title + "\n" + under_title + "\n\n" +
                             s + " " + s + "\n\n" + s + "\n\nPartager\n";
    return classify(segment(page), lang);
}

const char* const fr_title = "Les bacs du matin partent en retard";
const char* const fr = "Les bacs sont partis plus tard ce matin, car le vent soufflait fort et froid sur la baie.";
const char* const nl_title = "Ochtendveerboten vertrekken weer te laat";
const char* const nl = "De veerboten vertrokken vanochtend later, omdat de wind hard en koud over de baai waaide.";

} // namespace

TEST_CASE("a job title under or after a bare name makes it the author's", "[classify][byline][job_words]") {
    for (const auto& [lang, title, sentence, under, name] : {
             std::tuple{"fr", fr_title, fr, "Jeanne Morel, envoyée spéciale à Lyon", "Jeanne Morel"},
             std::tuple{"fr", fr_title, fr, "Jeanne Morel\nEnvoyée spéciale", "Jeanne Morel"},
             std::tuple{"nl", nl_title, nl, "Anna de Vries\nRedacteur", "Anna de Vries"},
             std::tuple{"nl", nl_title, nl, "Piet Jansen, verslaggever", "Piet Jansen"},
         }) {
        INFO(under);
        CHECK(page_with(lang, title, sentence, under).authors == std::vector<std::string>{name});
    }
    CHECK(job_title_line("Hoofdredacteur"));
    CHECK(job_title_line("envoyé spécial"));
}
