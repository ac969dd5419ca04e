const math = require('../math.js');
module.exports = { sum: math.add(20, 22), from: __filename.split('/').slice(-2).join('/') };
