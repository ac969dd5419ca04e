console.log('side_effect module evaluated');
module.exports = function greet(name) { return 'hello ' + name; };
