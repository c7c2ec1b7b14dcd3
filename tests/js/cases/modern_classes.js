// Classes: inheritance, super calls, getters/setters, statics, instanceof,
// extending built-ins (Error), toString, new.target.
'use strict';
class Shape {
  constructor(name) { this.name = name; }
  area() { return 0; }
  describe() { return `${this.name} with area ${this.area().toFixed(2)}`; }
  get kind() { return 'shape'; }
  static create(...args) { return new this(...args); }
  static get count() { return Shape._count || 0; }
}
class Circle extends Shape {
  constructor(r) { super('circle'); this.r = r; Shape._count = (Shape._count || 0) + 1; }
  area() { return Math.PI * this.r ** 2; }
  describe() { return 'round ' + super.describe(); }
  get kind() { return 'curved ' + super.kind; }
  set radius(v) { this.r = v; }
}
class Square extends Shape {
  constructor(s) { super('square'); this.s = s; }
  area() { return this.s * this.s; }
}
const c = Circle.create(2);
console.log(c.describe(), c.kind, Shape.count);
c.radius = 1;
console.log(c.area().toFixed(3), c instanceof Circle, c instanceof Shape, Object.getPrototypeOf(c) === Circle.prototype);
const shapes = [c, new Square(3)];
console.log(shapes.map((s) => s.describe()));
console.log(typeof Shape, Circle.name, Object.getPrototypeOf(Circle) === Shape);
console.log(new Square(2));
try { Shape(); } catch (e) { console.log(e instanceof TypeError); }

class HttpError extends Error {
  constructor(status, message) { super(message); this.name = 'HttpError'; this.status = status; }
}
const he = new HttpError(404, 'not found');
console.log(he instanceof HttpError, he instanceof Error, he.message, he.status, he.name, String(he));
try { throw he; } catch (e) { console.log('caught', e.status); }

class Base { constructor() { this.made = new.target === Derived ? 'derived' : 'base'; } }
class Derived extends Base {}
console.log(new Base().made, new Derived().made);

// class expressions and mixins
const Serializable = (B) => class extends B { toJSON() { return { type: this.constructor.name, ...this }; } };
class Point { constructor(x, y) { this.x = x; this.y = y; } }
class SPoint extends Serializable(Point) {}
console.log(JSON.stringify(new SPoint(1, 2)));

// accessors via Object.defineProperty and class statics inherited
class A { static hello() { return 'hello from ' + this.name; } }
class B extends A {}
console.log(B.hello());
