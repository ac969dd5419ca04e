const utils = require('./utils.js');
const config = { name: utils.capitalize('unspool'), levels: utils.range(3) };
utils.counter();
module.exports = config;
