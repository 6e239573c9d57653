/** Names the site uses for itself; one place so titles, feeds and citations agree. */
export const REPORT_TITLE = "Ukraine's drone role in European defense";
export const REPORT_SUBTITLE =
  'From aid recipient to teacher: what Europe is learning from Ukraine, with every number sourced.';
export const DATASET_TITLE = 'Ukraine drones data set (@ua-drones/data)';
/** Our own project, not a source: the sources' authors are recorded in the data package. */
export const PROJECT_AUTHOR = 'ua-drones contributors';
export const DATA_LICENSE = {
  name: 'CC BY 4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
};
export const LANG = 'en';
