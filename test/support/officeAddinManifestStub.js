// Stands in for office-addin-manifest under jest: office-addin-mock requires it but never calls it.
module.exports = {};
